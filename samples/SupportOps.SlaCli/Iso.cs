using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SupportOps.SlaCli;

/// <summary>ISO-8601 reading and writing for the command line.</summary>
internal static class Iso
{
    private static readonly OffsetDateTimePattern WithOffset = OffsetDateTimePattern.ExtendedIso;

    public static bool TryParseInstant(string? text, out Instant instant, out string error)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "expected an ISO-8601 instant with an offset, but it is missing.";
            return false;
        }

        var result = WithOffset.Parse(text);
        if (!result.Success)
        {
            error = $"'{text}' is not an ISO-8601 instant with an offset (such as 2026-12-01T09:00:00-05:00).";
            return false;
        }

        instant = result.Value.ToInstant();
        error = string.Empty;
        return true;
    }

    /// <summary>Formats an instant in UTC, such as <c>2026-12-01T14:00:00Z</c>.</summary>
    public static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    /// <summary>Formats a duration as minutes: whole numbers without a fraction.</summary>
    public static string Minutes(Duration duration)
    {
        var minutes = duration.TotalMinutes;
        return minutes.ToString(minutes == Math.Floor(minutes) ? "0" : "0.#########", CultureInfo.InvariantCulture);
    }
}
