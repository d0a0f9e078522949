using System.Globalization;
using CsvHelper;
using SupportOps.Analytics.Internal;

namespace SupportOps.Analytics.Reports;

/// <summary>Renders a <see cref="HealthReport"/>'s KPIs as CSV, one row per KPI, for spreadsheets and BI tools.</summary>
/// <remarks>
/// <para>Columns: <c>id,name,unit,direction,current,previous,change,change_percent,trend,flagged</c>. Numbers use the
/// invariant culture with up to 4 decimals, undefined values are empty, enum values are snake_case. This type is thread-safe.</para>
/// </remarks>
public static class CsvReportRenderer
{
    /// <summary>Writes the KPI rows.</summary>
    /// <param name="report">The report; must not be null.</param>
    /// <param name="writer">The writer; must not be null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(HealthReport report, TextWriter writer)
    {
        Guard.NotNull(report);
        Guard.NotNull(writer);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteHeader(["id", "name", "unit", "direction", "current", "previous", "change", "change_percent", "trend", "flagged"]);
        foreach (var kpi in report.Kpis)
        {
            csv.WriteRecord(
            [
                kpi.Kpi.Id,
                kpi.Kpi.Name,
                Snake(kpi.Kpi.Unit.ToString()),
                Snake(kpi.Kpi.Direction.ToString()),
                Number(kpi.Current),
                Number(kpi.Previous),
                Number(kpi.Change),
                Number(kpi.ChangePercent),
                Snake(kpi.Trend.ToString()),
                kpi.Flagged ? "true" : "false",
            ]);
        }

        csv.Flush();
        writer.Flush();
    }

    /// <summary>Renders the KPI rows to a string.</summary>
    /// <param name="report">The report; must not be null.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Render(HealthReport report)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, writer);
        return writer.ToString();
    }

    private static string Number(double? value) => value is { } v ? Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture) : string.Empty;

    private static string Snake(string pascal)
    {
        var builder = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
