using System.Globalization;
using System.Text;
using NodaTime;

namespace SupportOps.SlaEngine.Internal;

/// <summary>Formats durations compactly for explanations: <c>1d 2h 30m</c>, <c>-45m</c>, <c>0m</c>.</summary>
internal static class DurationText
{
    public static string Format(Duration duration)
    {
        var builder = new StringBuilder();
        Append(builder, duration);
        return builder.ToString();
    }

    public static void Append(StringBuilder builder, Duration duration)
    {
        if (duration < Duration.Zero)
        {
            builder.Append('-');
            duration = -duration;
        }

        var totalSeconds = (long)duration.TotalSeconds;
        var days = totalSeconds / 86_400;
        var hours = totalSeconds / 3_600 % 24;
        var minutes = totalSeconds / 60 % 60;
        var seconds = totalSeconds % 60;
        var any = false;
        if (days > 0)
        {
            builder.Append(days.ToString(CultureInfo.InvariantCulture)).Append('d');
            any = true;
        }

        if (hours > 0)
        {
            builder.Append(any ? " " : string.Empty).Append(hours.ToString(CultureInfo.InvariantCulture)).Append('h');
            any = true;
        }

        if (minutes > 0 || (!any && seconds == 0))
        {
            builder.Append(any ? " " : string.Empty).Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('m');
            any = true;
        }

        if (seconds > 0)
        {
            builder.Append(any ? " " : string.Empty).Append(seconds.ToString(CultureInfo.InvariantCulture)).Append('s');
        }
    }
}
