namespace SupportOps.RiskModel.Scoring;

/// <summary>Stable wire codes for <see cref="RiskReason"/> values (upper snake case, e.g. <c>AGENT_LOAD_HIGH</c>).</summary>
public static class RiskReasonCodes
{
    /// <summary>The number of reason codes (members of <see cref="RiskReason"/>).</summary>
    public const int Count = 11;

    private static readonly string[] Codes =
    [
        "ALREADY_BREACHED",
        "SLA_TIME_ELAPSED",
        "AGENT_LOAD_HIGH",
        "BACKLOG_HIGH",
        "UNASSIGNED",
        "PRIORITY_P0",
        "PRIORITY_P1",
        "LIVE_CHANNEL",
        "SOCIAL_CHANNEL",
        "ON_HOLD",
        "PENDING_CUSTOMER",
    ];

    /// <summary>Gets the wire code of a reason.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The code, e.g. <c>SLA_TIME_ELAPSED</c>; the returned strings are cached, so this does not allocate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined member.</exception>
    public static string ToCode(this RiskReason reason)
        => (uint)reason < (uint)Codes.Length
            ? Codes[(int)reason]
            : throw new ArgumentOutOfRangeException(nameof(reason), reason, $"reason {(int)reason} is not a defined {nameof(RiskReason)}.");

    /// <summary>Parses a wire code back to its reason.</summary>
    /// <param name="code">The code, e.g. <c>ON_HOLD</c>; compared ordinally (case-sensitive). Must not be null.</param>
    /// <param name="reason">The reason when the code is known.</param>
    /// <returns><see langword="true"/> when <paramref name="code"/> is one of the codes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public static bool TryParse(string code, out RiskReason reason)
    {
        ArgumentNullException.ThrowIfNull(code);
        var index = Array.IndexOf(Codes, code);
        reason = index < 0 ? default : (RiskReason)index;
        return index >= 0;
    }
}
