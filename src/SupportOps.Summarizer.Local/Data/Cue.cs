namespace SupportOps.Summarizer.Local.Data;

/// <summary>The topic cue lists of the lexicon, as flags so one phrase can belong to several.</summary>
[Flags]
internal enum Cue
{
    None = 0,
    Billing = 1 << 0,
    Troubleshooting = 1 << 1,
    Informational = 1 << 2,
    Security = 1 << 3,
    Outage = 1 << 4,
    PaymentFailure = 1 << 5,
    Refund = 1 << 6,
    EscalationRequest = 1 << 7,
    Problem = 1 << 8,
    Ask = 1 << 9,
    Greeting = 1 << 10,
}

internal static class CueNames
{
    public static readonly IReadOnlyDictionary<string, Cue> ByJsonName = new Dictionary<string, Cue>(StringComparer.Ordinal)
    {
        ["billing"] = Cue.Billing,
        ["troubleshooting"] = Cue.Troubleshooting,
        ["informational"] = Cue.Informational,
        ["security"] = Cue.Security,
        ["outage"] = Cue.Outage,
        ["payment_failure"] = Cue.PaymentFailure,
        ["refund"] = Cue.Refund,
        ["escalation_request"] = Cue.EscalationRequest,
        ["problem"] = Cue.Problem,
        ["ask"] = Cue.Ask,
        ["greeting"] = Cue.Greeting,
    };

    public static readonly Cue[] Single = [.. ByJsonName.Values];
}
