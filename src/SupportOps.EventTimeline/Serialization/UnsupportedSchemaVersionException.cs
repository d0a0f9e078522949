using System.Text.Json;

namespace SupportOps.EventTimeline.Serialization;

/// <summary>
/// A serialized event has a schema version this build cannot read: newer than the current one
/// (written by a later release) or older with no upcaster.
/// </summary>
/// <remarks><para>Derives from <see cref="JsonException"/>, so callers that handle malformed JSON handle it too.</para></remarks>
public sealed class UnsupportedSchemaVersionException : JsonException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="wireName">The event's wire name.</param>
    /// <param name="schemaVersion">The schema version found.</param>
    /// <param name="currentSchemaVersion">The newest schema version this build reads.</param>
    public UnsupportedSchemaVersionException(string wireName, int schemaVersion, int currentSchemaVersion)
        : base(schemaVersion > currentSchemaVersion
            ? $"Event type '{wireName}' has schema version {schemaVersion}, newer than version {currentSchemaVersion} that this build reads; upgrade SupportOps.EventTimeline."
            : $"Event type '{wireName}' has schema version {schemaVersion}, which this build cannot upcast to version {currentSchemaVersion}.")
    {
        WireName = wireName;
        SchemaVersion = schemaVersion;
        CurrentSchemaVersion = currentSchemaVersion;
    }

    /// <summary>Gets the event's wire name.</summary>
    public string WireName { get; }

    /// <summary>Gets the schema version found.</summary>
    public int SchemaVersion { get; }

    /// <summary>Gets the newest schema version this build reads.</summary>
    public int CurrentSchemaVersion { get; }
}
