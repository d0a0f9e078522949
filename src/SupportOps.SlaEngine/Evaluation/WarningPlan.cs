using System.Collections.Immutable;
using NodaTime;
using SupportOps.SlaEngine.Timers;

namespace SupportOps.SlaEngine.Evaluation;

/// <summary>
/// A timer's warning thresholds for one target, with the business time at which each is reached,
/// in the order a cycle reaches them (by that amount; thresholds with the same amount keep their
/// configured order). Built once per timer and priority when the evaluator is constructed, so that
/// summing up a cycle neither computes the amounts nor sorts the warnings.
/// </summary>
internal sealed class WarningPlan
{
    private WarningPlan(SlaWarningThreshold[] thresholds, Duration[] amounts)
    {
        Thresholds = thresholds;
        Amounts = amounts;
    }

    /// <summary>Gets the thresholds in the order a cycle reaches them.</summary>
    public SlaWarningThreshold[] Thresholds { get; }

    /// <summary>Gets the business time at which each threshold is reached, in increasing order.</summary>
    public Duration[] Amounts { get; }

    /// <summary>Returns the plan for a timer's thresholds and target, or <see langword="null"/> when no warning can be reached.</summary>
    /// <param name="thresholds">The timer's thresholds in their configured order.</param>
    /// <param name="target">The target; <see langword="null"/> when the timer does not run for the priority.</param>
    /// <returns>The plan, or <see langword="null"/> when there are no thresholds or no positive target.</returns>
    public static WarningPlan? For(ImmutableArray<SlaWarningThreshold> thresholds, Duration? target)
    {
        if (thresholds.IsEmpty || target is not { } value || value <= Duration.Zero)
        {
            return null;
        }

        var ordered = new SlaWarningThreshold[thresholds.Length];
        var amounts = new Duration[thresholds.Length];
        for (var i = 0; i < thresholds.Length; i++)
        {
            // Insertion sort: stable, and there are only a few thresholds.
            var amount = thresholds[i].ElapsedFor(value);
            var j = i;
            while (j > 0 && amounts[j - 1] > amount)
            {
                amounts[j] = amounts[j - 1];
                ordered[j] = ordered[j - 1];
                j--;
            }

            amounts[j] = amount;
            ordered[j] = thresholds[i];
        }

        return new WarningPlan(ordered, amounts);
    }
}
