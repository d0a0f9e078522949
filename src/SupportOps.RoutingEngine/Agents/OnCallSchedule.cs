using System.Collections.Immutable;
using NodaTime;
using SupportOps.RoutingEngine.Internal;
using SupportOps.RoutingEngine.Policies;

namespace SupportOps.RoutingEngine.Agents;

/// <summary>The on-call rotation: non-overlapping slots naming a primary and a secondary agent.</summary>
/// <remarks><para>This type is immutable and thread-safe.</para></remarks>
public sealed class OnCallSchedule
{
    /// <summary>Initializes a new schedule.</summary>
    /// <param name="shifts">The slots; must not be null and must not overlap.</param>
    /// <exception cref="ArgumentNullException"><paramref name="shifts"/> or a slot is null.</exception>
    /// <exception cref="ArgumentException">Two slots overlap.</exception>
    public OnCallSchedule(IEnumerable<OnCallShift> shifts)
    {
        Shifts = [.. Guard.NotNull(shifts).Select(s => Guard.NotNull(s, nameof(shifts))).OrderBy(s => s.Start)];
        for (var i = 1; i < Shifts.Length; i++)
        {
            if (Shifts[i].Start < Shifts[i - 1].End)
            {
                throw new ArgumentException($"On-call slots must not overlap, but the slot starting {Shifts[i].Start} overlaps the one ending {Shifts[i - 1].End}.", nameof(shifts));
            }
        }
    }

    /// <summary>Gets an empty schedule: nobody is on call.</summary>
    public static OnCallSchedule Empty { get; } = new([]);

    /// <summary>Gets the slots ordered by start.</summary>
    public ImmutableArray<OnCallShift> Shifts { get; }

    /// <summary>Returns who holds an on-call role at an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="role"><see cref="RoutingTarget.PrimaryRole"/> or <see cref="RoutingTarget.SecondaryRole"/>.</param>
    /// <returns>The agent id, or null when nobody holds the role.</returns>
    public string? Resolve(Instant instant, string role)
    {
        var shift = Find(instant);
        return shift is null ? null : role == RoutingTarget.SecondaryRole ? shift.Secondary : shift.Primary;
    }

    private OnCallShift? Find(Instant instant)
    {
        var lo = 0;
        var hi = Shifts.Length - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var shift = Shifts[mid];
            if (instant < shift.Start)
            {
                hi = mid - 1;
            }
            else if (instant >= shift.End)
            {
                lo = mid + 1;
            }
            else
            {
                return shift;
            }
        }

        return null;
    }
}
