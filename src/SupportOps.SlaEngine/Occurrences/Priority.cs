namespace SupportOps.SlaEngine.Occurrences;

/// <summary>How urgent a ticket is. Wire values: <c>p0</c> <c>p1</c> <c>p2</c> <c>p3</c>.</summary>
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
