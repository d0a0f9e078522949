using SupportOps.EventTimeline.Events;
using SlaPriority = SupportOps.SlaEngine.Occurrences.Priority;

namespace SupportOps.Analytics.Internal;

/// <summary>Cached display names of the vocabulary enums, so breakdown keys allocate nothing.</summary>
internal static class Names
{
    public const string All = "all";
    public const string NoQueue = "(none)";

    private static readonly string[] PriorityNames = [.. Enum.GetNames<Priority>()];
    private static readonly string[] ChannelNames = [.. Enum.GetNames<Channel>()];

    public static string Of(Priority priority) => PriorityNames[(int)priority];

    public static string Of(SlaPriority priority) => PriorityNames[(int)priority];

    public static string Of(Channel channel) => ChannelNames[(int)channel];
}
