using System.Text.Json;

namespace SupportOps.CommandCenter.Settings;

/// <summary>A settings document as the API returns it.</summary>
/// <param name="Kind">The kind (<c>calendars</c>, <c>sla-policies</c>, <c>routing-policy</c>).</param>
/// <param name="Version">The version; 0 is the built-in default.</param>
/// <param name="SavedAt">When it was saved (ISO-8601), or null for the built-in default.</param>
/// <param name="SavedBy">Who saved it, or null for the built-in default.</param>
/// <param name="Document">The JSON document.</param>
public sealed record SettingsView(string Kind, int Version, string? SavedAt, string? SavedBy, JsonElement Document);
