namespace SupportOps.RiskModel.Scoring;

/// <summary>Ticket priority, from <see cref="P0"/> (urgent) to <see cref="P3"/> (low).</summary>
/// <remarks><para>Wire values are <c>p0</c>, <c>p1</c>, <c>p2</c>, <c>p3</c> (see docs/domain-vocabulary.md).</para></remarks>
public enum Priority
{
    /// <summary>Urgent.</summary>
    P0 = 0,

    /// <summary>High.</summary>
    P1 = 1,

    /// <summary>Normal.</summary>
    P2 = 2,

    /// <summary>Low.</summary>
    P3 = 3,
}
