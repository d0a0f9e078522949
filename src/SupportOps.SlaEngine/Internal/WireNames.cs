using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Policies;
using SupportOps.SlaEngine.Timers;

namespace SupportOps.SlaEngine.Internal;

/// <summary>The snake_case wire names of the package's enums, both ways.</summary>
internal static class WireNames
{
    private static readonly string[] Priorities = ["p0", "p1", "p2", "p3"];
    private static readonly string[] Tiers = ["free", "standard", "premium", "enterprise"];
    private static readonly string[] Channels = ["email", "web", "chat", "slack", "social", "phone", "api"];
    private static readonly string[] Statuses = ["new", "open", "pending_customer", "on_hold", "solved", "closed"];
    private static readonly string[] TimerKinds = ["first_response", "next_response", "periodic_update", "resolution"];
    private static readonly string[] Modes = ["business", "calendar"];
    private static readonly string[] StartTriggers = ["ticket_created", "first_customer_message", "unanswered_customer_message", "public_agent_reply"];
    private static readonly string[] ReopenBehaviors = ["none", "resume_cycle", "new_cycle"];

    public static string Of(Priority value) => Name(Priorities, (int)value);

    public static string Of(CustomerTier value) => Name(Tiers, (int)value);

    public static string Of(Channel value) => Name(Channels, (int)value);

    public static string Of(TicketStatus value) => Name(Statuses, (int)value);

    public static string Of(SlaTimerKind value) => Name(TimerKinds, (int)value);

    public static string Of(SlaTimeMode value) => Name(Modes, (int)value);

    public static string Of(SlaStartTrigger value) => Name(StartTriggers, (int)value);

    public static string Of(SlaReopenBehavior value) => Name(ReopenBehaviors, (int)value);

    public static bool TryParse(string? text, out Priority value) => TryParse(Priorities, text, out value);

    public static bool TryParse(string? text, out CustomerTier value) => TryParse(Tiers, text, out value);

    public static bool TryParse(string? text, out Channel value) => TryParse(Channels, text, out value);

    public static bool TryParse(string? text, out TicketStatus value) => TryParse(Statuses, text, out value);

    public static bool TryParse(string? text, out SlaTimerKind value) => TryParse(TimerKinds, text, out value);

    public static bool TryParse(string? text, out SlaTimeMode value) => TryParse(Modes, text, out value);

    public static bool TryParse(string? text, out SlaStartTrigger value) => TryParse(StartTriggers, text, out value);

    public static bool TryParse(string? text, out SlaReopenBehavior value) => TryParse(ReopenBehaviors, text, out value);

    public static string Expected<T>()
        where T : struct, Enum
    {
        var names = typeof(T) == typeof(Priority) ? Priorities
            : typeof(T) == typeof(CustomerTier) ? Tiers
            : typeof(T) == typeof(Channel) ? Channels
            : typeof(T) == typeof(TicketStatus) ? Statuses
            : typeof(T) == typeof(SlaTimerKind) ? TimerKinds
            : typeof(T) == typeof(SlaTimeMode) ? Modes
            : typeof(T) == typeof(SlaStartTrigger) ? StartTriggers
            : ReopenBehaviors;
        return string.Join(", ", names);
    }

    private static string Name(string[] names, int index) =>
        (uint)index < (uint)names.Length ? names[index] : index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool TryParse<T>(string[] names, string? text, out T value)
        where T : struct, Enum
    {
        var index = text is null ? -1 : Array.IndexOf(names, text);
        value = index < 0 ? default : (T)(object)index;
        return index >= 0;
    }
}
