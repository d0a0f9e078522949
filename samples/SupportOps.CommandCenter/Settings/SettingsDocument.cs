using NodaTime;

namespace SupportOps.CommandCenter.Settings;

/// <summary>A settings document as stored: its JSON text and which version it is.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Version">The version; 0 is the built-in default.</param>
/// <param name="Json">The JSON text.</param>
/// <param name="SavedAt">When it was saved; null for the built-in default.</param>
/// <param name="SavedBy">Who saved it; null for the built-in default.</param>
internal sealed record SettingsDocument(SettingsKind Kind, int Version, string Json, Instant? SavedAt, string? SavedBy);
