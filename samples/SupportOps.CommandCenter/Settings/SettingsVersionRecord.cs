namespace SupportOps.CommandCenter.Settings;

/// <summary>One saved version of a settings document: a row of the <c>SettingsVersions</c> table.</summary>
/// <remarks><para>Rows are never updated: saving adds version <c>n + 1</c>; the highest version of a kind is the active one.</para></remarks>
public sealed class SettingsVersionRecord
{
    /// <summary>Gets or sets the surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the kind's wire name (<c>calendars</c>, <c>sla_policies</c>, <c>routing_policy</c>).</summary>
    public required string Kind { get; set; }

    /// <summary>Gets or sets the version, from 1 (0 is the built-in default, never stored); unique per kind.</summary>
    public int Version { get; set; }

    /// <summary>Gets or sets the JSON document as submitted.</summary>
    public required string Document { get; set; }

    /// <summary>Gets or sets when it was saved, as Unix ticks.</summary>
    public long SavedAtTicks { get; set; }

    /// <summary>Gets or sets who saved it.</summary>
    public required string SavedBy { get; set; }
}
