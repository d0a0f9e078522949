using System.Globalization;
using SupportOps.Analytics.Kpis;

namespace SupportOps.Analytics.Internal;

/// <summary>Invariant, unit-aware number formatting shared by the narrative and the renderers.</summary>
internal static class Fmt
{
    public static string Value(double? value, KpiUnit unit) => value is not { } v
        ? "n/a"
        : unit switch
        {
            KpiUnit.Count => v.ToString("0.#", CultureInfo.InvariantCulture),
            KpiUnit.Percent => v.ToString("0.0", CultureInfo.InvariantCulture) + " %",
            KpiUnit.Hours => v.ToString("0.0", CultureInfo.InvariantCulture) + " h",
            _ => v.ToString("0.00", CultureInfo.InvariantCulture),
        };

    public static string Change(KpiDelta delta) => delta.Change is not { } change
        ? "n/a"
        : delta.Kpi.Unit switch
        {
            KpiUnit.Percent => Signed(change, "0.0") + " pts",
            KpiUnit.Count => Signed(change, "0.#"),
            KpiUnit.Hours => Signed(change, "0.0") + " h",
            _ => Signed(change, "0.00"),
        };

    public static string ChangePercent(KpiDelta delta) => delta.ChangePercent is { } percent ? Signed(percent, "0") + " %" : string.Empty;

    public static string Number(double value, string format = "0.#") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Signed(double value, string format) =>
        (value > 0 ? "+" : string.Empty) + value.ToString(format, CultureInfo.InvariantCulture);
}
