using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using SupportOps.SlaEngine.Calendars;
using SupportOps.SlaEngine.Evaluation;
using SupportOps.SlaEngine.Occurrences;

namespace SupportOps.CommandCenter.Domain;

/// <summary>
/// A short digest of everything an <see cref="SlaEvaluator"/> evaluates with (the policies and the calendars),
/// stored in each <see cref="SnapshotSlaState"/>: a state saved under other settings is not refreshed by time alone.
/// </summary>
/// <remarks>
/// <para>Content-based, so it is the same in every process and after a restart for the same settings, and
/// changes when a saved SLA policy or calendar changes. Computed once per evaluator instance.</para>
/// <para>This type is thread-safe.</para>
/// </remarks>
internal static class SlaSettingsFingerprint
{
    private static readonly ConditionalWeakTable<SlaEvaluator, string> Cache = [];

    /// <summary>Returns the fingerprint of an evaluator's settings: 16 lower-case hex digits.</summary>
    public static string Of(SlaEvaluator evaluator) => Cache.GetValue(evaluator, Compute);

    private static string Compute(SlaEvaluator evaluator)
    {
        var text = new StringBuilder();
        foreach (var policy in evaluator.Policies.All)
        {
            var conditions = policy.Conditions;
            text.Append("policy ").Append(policy.Id).Append('|').Append(policy.CalendarName).Append('|').Append(conditions.MatchesAll)
                .Append('|').AppendJoin(',', conditions.Priorities).Append('|').AppendJoin(',', conditions.Tiers)
                .Append('|').AppendJoin(',', conditions.Channels).Append('|').AppendJoin(',', conditions.Tags).Append('\n');
            foreach (var timer in policy.Timers)
            {
                var rules = timer.Rules;
                text.Append(" timer ").Append(timer.Kind).Append('|').Append(timer.Mode).Append('|').Append(timer.CalendarName)
                    .Append('|').Append(rules.Start).Append('|').Append(rules.StopsOnAgentReply).Append('|').Append(rules.OnReopen)
                    .Append('|').AppendJoin(',', rules.PauseStatuses).Append('|').AppendJoin(',', timer.Warnings.Select(w => w.ToString()));
                foreach (var priority in Enum.GetValues<Priority>())
                {
                    text.Append('|').Append(timer.TargetFor(priority)?.BclCompatibleTicks.ToString(CultureInfo.InvariantCulture) ?? "-");
                }

                text.Append('\n');
            }
        }

        var calendars = evaluator.Calendars;
        text.Append("default ").Append(calendars.DefaultName).Append('\n');
        foreach (var name in calendars.Names)
        {
            var calendar = calendars.Get(name);
            text.Append("calendar ").Append(name).Append('|').Append(calendar is BusinessCalendar business
                ? business.ToJson()
                : calendar.GetType().FullName + "|" + calendar.TimeZone.Id).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 8));
    }
}
