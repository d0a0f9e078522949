using NodaTime;
using SupportOps.Analytics.Inputs;
using SupportOps.Analytics.Internal;
using SupportOps.Analytics.Metrics;

namespace SupportOps.Analytics;

/// <summary>
/// Computes a period's figures from ticket histories: pure functions of the tickets, the period, the
/// capacities, the ratings and <c>now</c>. The definitions are in <c>docs/analytics.md</c>.
/// </summary>
/// <remarks>
/// <para>Each ticket's events are read once, in version order, whatever the number of periods; the
/// running totals are sums and sorted lists, so the result does not depend on the order of the tickets.
/// Memory grows with the tickets (one duration per measured ticket, one stretch per assignment), not with
/// the events.</para>
/// <para>Instants at or after <c>now</c> are not seen: a period that is still running is measured up to <c>now</c>.
/// This type is thread-safe.</para>
/// </remarks>
public static class SupportAnalytics
{
    /// <summary>Computes the figures of one period.</summary>
    /// <param name="tickets">The ticket histories; must not be null. Tickets created after <paramref name="now"/> are ignored.</param>
    /// <param name="period">The period; must not be null.</param>
    /// <param name="now">The evaluation instant; normally the period's end or later.</param>
    /// <param name="capacities">The agents' capacities, or null.</param>
    /// <param name="ratings">The satisfaction ratings, or null.</param>
    /// <returns>The period's figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tickets"/>, <paramref name="period"/> or an item is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="now"/> is before the period's start, a history holds another ticket's event, or two capacities name the same agent.</exception>
    public static PeriodMetrics Compute(
        IEnumerable<TicketHistory> tickets,
        AnalyticsPeriod period,
        Instant now,
        IEnumerable<AgentCapacity>? capacities = null,
        IEnumerable<SatisfactionRating>? ratings = null)
    {
        Guard.NotNull(period);
        return Run(tickets, [period], now, capacities, ratings)[0];
    }

    /// <summary>Computes the figures of a period and of the period of the same length before it, in one pass.</summary>
    /// <param name="tickets">The ticket histories; must not be null.</param>
    /// <param name="period">The reported period; must not be null.</param>
    /// <param name="now">The evaluation instant; normally the period's end or later.</param>
    /// <param name="capacities">The agents' capacities, or null.</param>
    /// <param name="ratings">The satisfaction ratings, or null.</param>
    /// <returns>Both periods' figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tickets"/>, <paramref name="period"/> or an item is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="now"/> is before the period's start, a history holds another ticket's event, or two capacities name the same agent.</exception>
    public static PeriodComparison Compare(
        IEnumerable<TicketHistory> tickets,
        AnalyticsPeriod period,
        Instant now,
        IEnumerable<AgentCapacity>? capacities = null,
        IEnumerable<SatisfactionRating>? ratings = null)
    {
        Guard.NotNull(period);
        var results = Run(tickets, [period, period.Previous()], now, capacities, ratings);
        return new PeriodComparison(results[0], results[1]);
    }

    private static PeriodMetrics[] Run(
        IEnumerable<TicketHistory> tickets,
        AnalyticsPeriod[] periods,
        Instant now,
        IEnumerable<AgentCapacity>? capacities,
        IEnumerable<SatisfactionRating>? ratings)
    {
        Guard.NotNull(tickets);
        if (now < periods[0].Start)
        {
            throw new ArgumentException($"now is {now}, before the period's start {periods[0].Start}; a period can only be measured once it has begun.", nameof(now));
        }

        var byAgent = new Dictionary<string, AgentCapacity>(StringComparer.Ordinal);
        foreach (var capacity in capacities ?? [])
        {
            Guard.NotNull(capacity);
            if (!byAgent.TryAdd(capacity.AgentId, capacity))
            {
                throw new ArgumentException($"capacities names agent '{capacity.AgentId}' twice.", nameof(capacities));
            }
        }

        var accumulators = new PeriodAccumulator[periods.Length];
        for (var p = 0; p < periods.Length; p++)
        {
            accumulators[p] = new PeriodAccumulator(periods[p], now);
        }

        foreach (var ticket in tickets)
        {
            TicketPass.Run(Guard.NotNull(ticket), accumulators, now);
        }

        foreach (var rating in ratings ?? [])
        {
            Guard.NotNull(rating);
            foreach (var accumulator in accumulators)
            {
                if (accumulator.Contains(rating.RatedAt))
                {
                    if (rating.IsGood)
                    {
                        accumulator.Good++;
                    }
                    else
                    {
                        accumulator.Bad++;
                    }
                }
            }
        }

        var results = new PeriodMetrics[periods.Length];
        for (var p = 0; p < periods.Length; p++)
        {
            results[p] = accumulators[p].Build(byAgent);
        }

        return results;
    }
}
