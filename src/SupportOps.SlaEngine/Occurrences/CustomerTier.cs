namespace SupportOps.SlaEngine.Occurrences;

/// <summary>The customer's plan. Wire values: <c>free</c> <c>standard</c> <c>premium</c> <c>enterprise</c>.</summary>
public enum CustomerTier
{
    /// <summary>A free plan.</summary>
    Free = 0,

    /// <summary>A standard paid plan.</summary>
    Standard = 1,

    /// <summary>A premium plan.</summary>
    Premium = 2,

    /// <summary>An enterprise contract.</summary>
    Enterprise = 3,
}
