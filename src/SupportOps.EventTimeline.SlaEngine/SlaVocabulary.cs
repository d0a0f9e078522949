using TimelineChannel = SupportOps.EventTimeline.Events.Channel;
using TimelinePriority = SupportOps.EventTimeline.Events.Priority;
using TimelineStatus = SupportOps.EventTimeline.Events.TicketStatus;
using TimelineTier = SupportOps.EventTimeline.Events.CustomerTier;
using SlaChannel = SupportOps.SlaEngine.Occurrences.Channel;
using SlaPriority = SupportOps.SlaEngine.Occurrences.Priority;
using SlaStatus = SupportOps.SlaEngine.Occurrences.TicketStatus;
using SlaTier = SupportOps.SlaEngine.Occurrences.CustomerTier;
using SlaTimer = SupportOps.SlaEngine.Timers.SlaTimerKind;
using TimelineTimer = SupportOps.EventTimeline.Events.SlaTimerKind;

namespace SupportOps.EventTimeline.SlaEngine;

/// <summary>
/// One-to-one maps between the vocabulary enums of the event timeline and of the SLA engine
/// (priority, channel, customer tier, ticket status, SLA timer kind), which share the names of
/// <c>docs/domain-vocabulary.md</c> but are separate types so that neither package depends on the other.
/// </summary>
/// <remarks><para>Every map is total over the defined values and is its own inverse's inverse; an undefined value throws. This type is thread-safe.</para></remarks>
public static class SlaVocabulary
{
    /// <summary>Maps a timeline priority to the SLA engine's priority.</summary>
    /// <param name="priority">The timeline priority.</param>
    /// <returns>The SLA priority with the same name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="priority"/> is not a defined value.</exception>
    public static SlaPriority ToSla(TimelinePriority priority) => priority switch
    {
        TimelinePriority.P0 => SlaPriority.P0,
        TimelinePriority.P1 => SlaPriority.P1,
        TimelinePriority.P2 => SlaPriority.P2,
        TimelinePriority.P3 => SlaPriority.P3,
        _ => throw Undefined(priority, nameof(priority)),
    };

    /// <summary>Maps an SLA engine priority to the timeline's priority.</summary>
    /// <param name="priority">The SLA priority.</param>
    /// <returns>The timeline priority with the same name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="priority"/> is not a defined value.</exception>
    public static TimelinePriority ToTimeline(SlaPriority priority) => priority switch
    {
        SlaPriority.P0 => TimelinePriority.P0,
        SlaPriority.P1 => TimelinePriority.P1,
        SlaPriority.P2 => TimelinePriority.P2,
        SlaPriority.P3 => TimelinePriority.P3,
        _ => throw Undefined(priority, nameof(priority)),
    };

    /// <summary>Maps a timeline channel to the SLA engine's channel.</summary>
    /// <param name="channel">The timeline channel.</param>
    /// <returns>The SLA channel with the same name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not a defined value.</exception>
    public static SlaChannel ToSla(TimelineChannel channel) => channel switch
    {
        TimelineChannel.Email => SlaChannel.Email,
        TimelineChannel.Web => SlaChannel.Web,
        TimelineChannel.Chat => SlaChannel.Chat,
        TimelineChannel.Slack => SlaChannel.Slack,
        TimelineChannel.Social => SlaChannel.Social,
        TimelineChannel.Phone => SlaChannel.Phone,
        TimelineChannel.Api => SlaChannel.Api,
        _ => throw Undefined(channel, nameof(channel)),
    };

    /// <summary>Maps an SLA engine channel to the timeline's channel.</summary>
    /// <param name="channel">The SLA channel.</param>
    /// <returns>The timeline channel with the same name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not a defined value.</exception>
    public static TimelineChannel ToTimeline(SlaChannel channel) => channel switch
    {
        SlaChannel.Email => TimelineChannel.Email,
        SlaChannel.Web => TimelineChannel.Web,
        SlaChannel.Chat => TimelineChannel.Chat,
        SlaChannel.Slack => TimelineChannel.Slack,
        SlaChannel.Social => TimelineChannel.Social,
        SlaChannel.Phone => TimelineChannel.Phone,
        SlaChannel.Api => TimelineChannel.Api,
        _ => throw Undefined(channel, nameof(channel)),
    };

    /// <summary>Maps a timeline customer tier to the SLA engine's tier.</summary>
    /// <param name="tier">The timeline tier.</param>
    /// <returns>The SLA tier with the same name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not a defined value.</exception>
    public static SlaTier ToSla(TimelineTier tier) => tier switch
    {
        TimelineTier.Free => SlaTier.Free,
        TimelineTier.Standard => SlaTier.Standard,
        TimelineTier.Premium => SlaTier.Premium,
        TimelineTier.Enterprise => SlaTier.Enterprise,
        _ => throw Undefined(tier, nameof(tier)),
    };

    /// <summary>Maps an SLA engine customer tier to the timeline's tier.</summary>
    /// <param name="tier">The SLA tier.</param>
    /// <returns>The timeline tier with the same name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not a defined value.</exception>
    public static TimelineTier ToTimeline(SlaTier tier) => tier switch
    {
        SlaTier.Free => TimelineTier.Free,
        SlaTier.Standard => TimelineTier.Standard,
        SlaTier.Premium => TimelineTier.Premium,
        SlaTier.Enterprise => TimelineTier.Enterprise,
        _ => throw Undefined(tier, nameof(tier)),
    };

    /// <summary>Maps a timeline ticket status to the SLA engine's status.</summary>
    /// <param name="status">The timeline status.</param>
    /// <returns>The SLA status with the same name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public static SlaStatus ToSla(TimelineStatus status) => status switch
    {
        TimelineStatus.New => SlaStatus.New,
        TimelineStatus.Open => SlaStatus.Open,
        TimelineStatus.PendingCustomer => SlaStatus.PendingCustomer,
        TimelineStatus.OnHold => SlaStatus.OnHold,
        TimelineStatus.Solved => SlaStatus.Solved,
        TimelineStatus.Closed => SlaStatus.Closed,
        _ => throw Undefined(status, nameof(status)),
    };

    /// <summary>Maps an SLA engine ticket status to the timeline's status.</summary>
    /// <param name="status">The SLA status.</param>
    /// <returns>The timeline status with the same name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public static TimelineStatus ToTimeline(SlaStatus status) => status switch
    {
        SlaStatus.New => TimelineStatus.New,
        SlaStatus.Open => TimelineStatus.Open,
        SlaStatus.PendingCustomer => TimelineStatus.PendingCustomer,
        SlaStatus.OnHold => TimelineStatus.OnHold,
        SlaStatus.Solved => TimelineStatus.Solved,
        SlaStatus.Closed => TimelineStatus.Closed,
        _ => throw Undefined(status, nameof(status)),
    };

    /// <summary>Maps a timeline SLA timer kind to the SLA engine's timer kind.</summary>
    /// <param name="kind">The timeline timer kind.</param>
    /// <returns>The SLA timer kind with the same name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static SlaTimer ToSla(TimelineTimer kind) => kind switch
    {
        TimelineTimer.FirstResponse => SlaTimer.FirstResponse,
        TimelineTimer.NextResponse => SlaTimer.NextResponse,
        TimelineTimer.PeriodicUpdate => SlaTimer.PeriodicUpdate,
        TimelineTimer.Resolution => SlaTimer.Resolution,
        _ => throw Undefined(kind, nameof(kind)),
    };

    /// <summary>Maps an SLA engine timer kind to the timeline's timer kind.</summary>
    /// <param name="kind">The SLA timer kind.</param>
    /// <returns>The timeline timer kind with the same name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static TimelineTimer ToTimeline(SlaTimer kind) => kind switch
    {
        SlaTimer.FirstResponse => TimelineTimer.FirstResponse,
        SlaTimer.NextResponse => TimelineTimer.NextResponse,
        SlaTimer.PeriodicUpdate => TimelineTimer.PeriodicUpdate,
        SlaTimer.Resolution => TimelineTimer.Resolution,
        _ => throw Undefined(kind, nameof(kind)),
    };

    private static ArgumentOutOfRangeException Undefined<T>(T value, string argumentName)
        where T : struct, Enum
        => new(argumentName, value, $"{argumentName} has no defined {typeof(T).Name} value {value}.");
}
