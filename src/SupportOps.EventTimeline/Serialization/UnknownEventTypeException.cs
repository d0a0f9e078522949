using System.Text.Json;

namespace SupportOps.EventTimeline.Serialization;

/// <summary>A serialized event names a wire type this build does not know.</summary>
/// <remarks><para>Derives from <see cref="JsonException"/>, so callers that handle malformed JSON handle it too.</para></remarks>
public sealed class UnknownEventTypeException : JsonException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="wireName">The unknown wire name, or null when the event had no <c>type</c>.</param>
    public UnknownEventTypeException(string? wireName)
        : base(wireName is null
            ? "The event has no 'type' discriminator."
            : $"Unknown ticket event type '{wireName}'. Known types: {string.Join(", ", Events.TicketEventCatalog.Kinds.Select(Events.TicketEventCatalog.WireName))}.")
        => WireName = wireName;

    /// <summary>Gets the unknown wire name, or null when the event had none.</summary>
    public string? WireName { get; }
}
