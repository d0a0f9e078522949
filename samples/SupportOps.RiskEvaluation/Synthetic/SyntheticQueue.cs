namespace SupportOps.RiskEvaluation.Synthetic;

/// <summary>One queue of the synthetic workload.</summary>
/// <param name="Name">The queue's name.</param>
/// <param name="Share">Its share of arrivals (the shares are normalized).</param>
/// <param name="Agents">Agents serving it in business hours.</param>
/// <param name="ResponsesPerAgentHour">First responses one agent handles per business hour (exponential handling times).</param>
public sealed record SyntheticQueue(string Name, double Share, int Agents, double ResponsesPerAgentHour);
