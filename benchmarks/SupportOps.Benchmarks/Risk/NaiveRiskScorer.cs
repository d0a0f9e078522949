using SupportOps.RiskModel.Scoring;

namespace SupportOps.Benchmarks.Risk;

/// <summary>The straightforward way to write the v1 policy: a list of (factor, points) pairs, LINQ to rank the reasons.
/// Computes the same score and reasons as <see cref="RiskScorer"/>; the baseline it is measured against.</summary>
internal static class NaiveRiskScorer
{
    public static (double Score, RiskBand Band, List<RiskReason> Reasons) Score(RiskInputs inputs)
    {
        var factors = new List<(RiskReason Reason, double Points)>();
        var elapsed = Math.Clamp(1 - (inputs.TimeRemaining.TotalTicks / inputs.Target.TotalTicks), 0, 1);
        factors.Add((RiskReason.SlaTimeElapsed, 70 * elapsed));
        if (inputs.IsAssigned)
        {
            factors.Add((RiskReason.AgentLoadHigh, 15 * Math.Clamp((inputs.AssigneeLoad - 0.8) / 0.2, 0, 1)));
        }
        else
        {
            factors.Add((RiskReason.Unassigned, 8));
        }

        factors.Add((RiskReason.BacklogHigh, 10 * Math.Clamp((inputs.QueueBacklog - 0.7) / 0.3, 0, 1)));
        if (inputs.Priority == Priority.P0)
        {
            factors.Add((RiskReason.PriorityP0, 8));
        }

        if (inputs.Priority == Priority.P1)
        {
            factors.Add((RiskReason.PriorityP1, 4));
        }

        if (inputs.Channel == Channel.Chat)
        {
            factors.Add((RiskReason.LiveChannel, 6));
        }

        if (inputs.Channel == Channel.Social)
        {
            factors.Add((RiskReason.SocialChannel, 4));
        }

        if (inputs.Status == TicketStatus.OnHold)
        {
            factors.Add((RiskReason.OnHold, -15));
        }

        if (inputs.Status == TicketStatus.PendingCustomer)
        {
            factors.Add((RiskReason.PendingCustomer, -10));
        }

        var total = factors.Sum(f => f.Points);
        if (inputs.IsBreached)
        {
            factors.Add((RiskReason.AlreadyBreached, Math.Max(0, 90 - total)));
            total = Math.Max(total, 90);
        }

        var score = Math.Clamp(total, 0, 100);
        var band = score >= 70 ? RiskBand.Critical : score >= 40 ? RiskBand.AtRisk : RiskBand.Ok;
        var reasons = factors
            .Where(f => f.Reason != RiskReason.AlreadyBreached && f.Points != 0)
            .OrderByDescending(f => Math.Abs(f.Points))
            .ThenBy(f => f.Reason)
            .Take(4)
            .Concat(factors.Where(f => f.Reason == RiskReason.AlreadyBreached))
            .OrderByDescending(f => Math.Abs(f.Points))
            .ThenBy(f => f.Reason)
            .Select(f => f.Reason)
            .DefaultIfEmpty(RiskReason.SlaTimeElapsed)
            .ToList();
        return (score, band, reasons);
    }
}
