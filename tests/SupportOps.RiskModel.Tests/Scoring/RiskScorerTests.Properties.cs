using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupportOps.RiskModel.Scoring;

namespace SupportOps.RiskModel.Tests.Scoring;

public sealed partial class RiskScorerTests
{
    private const int PropertyTests = 300;

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyTests)]
    public bool Score_AnyInputs_IsWithinZeroToHundred_Meets_Specification(RiskInputs inputs)
    {
        var score = sut.Score(inputs).Score;
        return score >= 0 && score <= 100;
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyTests)]
    public bool Score_MoreTimeUsed_NeverDecreases_Meets_Specification(RiskInputs inputs, PositiveInt extraMinutes)
    {
        var extra = Duration.FromMinutes(extraMinutes.Get);
        var later = inputs with { TimeUsed = inputs.TimeUsed + extra, TimeRemaining = inputs.TimeRemaining - extra };

        return sut.Score(later).Score >= sut.Score(inputs).Score;
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyTests)]
    public bool Score_Breached_IsAtLeastNinetyAndSaysSo_Meets_Specification(RiskInputs inputs)
    {
        var result = sut.Score(inputs with { IsBreached = true });
        return result.Score >= 90 && result.Band == RiskBand.Critical && result.Reasons.Contains(RiskReason.AlreadyBreached);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyTests)]
    public bool Score_PausingStatus_NeverRaisesIt_Meets_Specification(RiskInputs inputs, bool onHold)
    {
        var running = sut.Score(inputs with { Status = TicketStatus.Open }).Score;
        var paused = sut.Score(inputs with { Status = onHold ? TicketStatus.OnHold : TicketStatus.PendingCustomer }).Score;
        return paused <= running;
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyTests)]
    public void Score_Reasons_AreOrderedByAbsoluteContributionThenFactorOrder_Meets_Specification(RiskInputs inputs)
    {
        var result = sut.Score(inputs);
        var reasons = result.Reasons;

        Assert.InRange(reasons.Count, 1, 5);
        Assert.Equal(reasons.Count, reasons.Distinct().Count());
        for (var i = 1; i < reasons.Count; i++)
        {
            var previous = Math.Abs(result.GetContribution(reasons[i - 1]));
            var current = Math.Abs(result.GetContribution(reasons[i]));
            Assert.True(previous > current || (previous == current && reasons[i - 1] < reasons[i]), result.ToString());
        }

        // Nothing left out outranks the last reported factor (AlreadyBreached aside).
        var factors = reasons.Where(reason => reason != RiskReason.AlreadyBreached).ToArray();
        var weakest = factors.Min(reason => Math.Abs(result.GetContribution(reason)));
        foreach (var factor in Enum.GetValues<RiskReason>().Except(reasons).Where(reason => reason != RiskReason.AlreadyBreached))
        {
            Assert.True(Math.Abs(result.GetContribution(factor)) <= weakest, result.ToString());
        }

        Assert.Equal(inputs.IsBreached, reasons.Contains(RiskReason.AlreadyBreached));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyTests)]
    public bool Score_ContributionsSum_EqualsScoreBeforeClamping_Meets_Specification(RiskInputs inputs)
    {
        var result = sut.Score(inputs);
        var sum = Enum.GetValues<RiskReason>().Sum(result.GetContribution);
        return Math.Abs(Math.Clamp(sum, 0, 100) - result.Score) < 1e-4; // contributions are single precision
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyTests)]
    public bool Score_SameInputs_SameOutput_Meets_Specification(RiskInputs inputs)
    {
        var copy = inputs with { };
        return sut.Score(inputs) == new RiskScorer().Score(copy) && sut.Score(inputs).ToString() == sut.Score(copy).ToString();
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 50)]
    public bool ScoreBatch_AnyInputs_EqualsOneByOne_Meets_Specification(RiskInputs[] inputs)
    {
        var batch = new RiskScore[inputs.Length];
        sut.ScoreBatch(inputs, batch);
        return inputs.Select(input => sut.Score(input)).SequenceEqual(batch);
    }

    public static class Arbitraries
    {
        public static Arbitrary<RiskInputs> Inputs()
        {
            var targets = Gen.Elements(1, 4, 8, 24, 120).Select(hours => Duration.FromHours(hours));
            var fractions = Gen.OneOf(
                Gen.Elements(0.0, 0.7, 0.8, 0.9, 1.0, 1.5),
                Gen.Choose(0, 2_000).Select(thousandths => thousandths / 1_000.0));
            var inputs =
                from target in targets
                from usedShare in Gen.Choose(0, 1_500)
                from breached in Gen.Elements(false, false, true)
                from status in Gen.Elements(Enum.GetValues<TicketStatus>())
                from channel in Gen.Elements(Enum.GetValues<Channel>())
                from priority in Gen.Elements(Enum.GetValues<Priority>())
                from assigned in Gen.Elements(false, true)
                from load in fractions
                from backlog in fractions
                let used = Duration.FromTicks((long)(target.BclCompatibleTicks * (usedShare / 1_000.0)))
                select new RiskInputs(used, target - used, target)
                {
                    IsBreached = breached,
                    Status = status,
                    Channel = channel,
                    Priority = priority,
                    IsAssigned = assigned,
                    AssigneeLoad = load,
                    QueueBacklog = backlog,
                };
            return inputs.ToArbitrary();
        }
    }
}
