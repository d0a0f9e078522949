using System.Globalization;
using System.Text;
using SupportOps.SlaEngine.Evaluation;

namespace SupportOps.SlaEngine.Tests.Support;

/// <summary>Writes every field of a ticket state as text, so that two states can be compared whole.</summary>
internal static class StateSummary
{
    public static string Of(TicketSlaState state)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{state.Now} {state.PolicyId} {state.Priority} {state.Status} breached={state.EverBreached} soonest={state.SoonestDue}");
        foreach (var timer in state.Timers)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{timer.Kind}");
            foreach (var cycle in timer.Cycles)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {cycle.Number} {cycle.PolicyId} {cycle.Priority} {cycle.Mode} {cycle.CalendarName} {cycle.Target} {cycle.OriginalTarget}");
                text.AppendLine(CultureInfo.InvariantCulture, $"  {cycle.Start} {cycle.Due} {cycle.OriginalDue} {cycle.Elapsed} {cycle.Status} {cycle.PausedAt} {cycle.EndedAt} {cycle.BreachedAt}");
                text.AppendLine(string.Join(" ", cycle.Warnings));
                text.AppendLine(string.Join(" ", cycle.Reasons));
            }
        }

        return text.ToString();
    }
}
