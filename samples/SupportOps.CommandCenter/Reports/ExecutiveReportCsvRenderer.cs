using System.Globalization;
using CsvHelper;

namespace SupportOps.CommandCenter.Reports;

/// <summary>
/// Renders an <see cref="ExecutiveReport"/>'s figures as CSV with CsvHelper (RFC 4180): one row per
/// figure, with the columns of SupportOps.Analytics' CSV renderer:
/// <c>id,name,unit,direction,current,previous,change,change_percent,trend,flagged</c>.
/// </summary>
/// <remarks><para>Numbers are invariant with up to two decimals; an undefined value is an empty field.</para></remarks>
internal static class ExecutiveReportCsvRenderer
{
    /// <summary>Gets the header columns.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["id", "name", "unit", "direction", "current", "previous", "change", "change_percent", "trend", "flagged"];

    /// <summary>Renders the figures.</summary>
    public static string Render(ExecutiveReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteHeader([.. Columns]);
            foreach (var f in report.Figures)
            {
                csv.WriteRecord([f.Id, f.Name, f.Unit, f.Direction, Number(f.Current), Number(f.Previous), Number(f.Change), Number(f.ChangePercent), f.Trend, f.Flagged ? "true" : "false"]);
            }

            csv.Flush();
        }

        return writer.ToString();
    }

    private static string Number(double? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : string.Empty;
}
