using SupportOps.SlaEngine.Timers;

namespace SupportOps.Analytics.Metrics;

/// <summary>SLA cycles of one timer and dimension value in scope of a period, by outcome.</summary>
/// <remarks>
/// <para>A cycle is in scope when it was decided in the period (breached, or fulfilled without a breach)
/// or was still running at the period's end; cancelled cycles and cycles decided earlier are out of scope.
/// Each in-scope cycle counts exactly once: <see cref="InScope"/> = <see cref="Met"/> + <see cref="Breached"/> + <see cref="Running"/>.</para>
/// </remarks>
/// <param name="Timer">The timer kind.</param>
/// <param name="Dimension">The dimension.</param>
/// <param name="Key">The dimension value.</param>
/// <param name="Met">Cycles fulfilled in the period without a breach.</param>
/// <param name="Breached">Cycles that breached in the period.</param>
/// <param name="Running">Cycles still running (or paused), not breached, at the period's end.</param>
public sealed record SlaAttainmentRow(SlaTimerKind Timer, AnalyticsDimension Dimension, string Key, int Met, int Breached, int Running)
{
    /// <summary>Gets the cycles in scope.</summary>
    public int InScope => Met + Breached + Running;

    /// <summary>Gets the attainment in percent: <see cref="Met"/> / (<see cref="Met"/> + <see cref="Breached"/>) × 100, or null when nothing was decided.</summary>
    public double? AttainmentPercent => Met + Breached == 0 ? null : 100.0 * Met / (Met + Breached);
}
