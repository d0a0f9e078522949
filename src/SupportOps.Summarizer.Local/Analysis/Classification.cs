using SupportOps.Summarizer.Abstractions.Results;

namespace SupportOps.Summarizer.Local.Analysis;

/// <summary>What the rules concluded about a ticket, with the signals that led there.</summary>
internal sealed record Classification(
    ResponseType ResponseType,
    EscalationReason? EscalationReason,
    bool IsSecurity,
    bool IsOutage,
    bool IsPaymentFailure,
    bool IsSlaAtRisk,
    bool IsEnterpriseProblem,
    bool WantsRefund,
    bool AsksForEscalation);
