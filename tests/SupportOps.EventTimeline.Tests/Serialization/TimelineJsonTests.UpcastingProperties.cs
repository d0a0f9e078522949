using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Serialization;
using SupportOps.EventTimeline.Tests.Support;

namespace SupportOps.EventTimeline.Tests.Serialization;

public sealed partial class TimelineJsonTests
{
    [Property(Arbitrary = [typeof(UpcastArbitraries)], MaxTest = 200)]
    public void DeserializeEvent_TicketCreatedWrittenAsV1_Meets_Specification(TicketCreated current)
    {
        // Write the v1 shape of the event: at most one tag, in 'tag', and no tier.
        var v1 = JsonNode.Parse(TimelineJson.SerializeEvent(current))!.AsObject();
        v1.Remove("tags");
        v1.Remove("tier");
        if (!current.Tags.IsEmpty)
        {
            v1["tag"] = current.Tags[0];
        }

        var sut = TimelineJson.DeserializeEvent(v1.ToJsonString(), schemaVersion: 1);

        Assert.Equal(current with { Tier = CustomerTier.Standard }, sut);
    }

    [Property(Arbitrary = [typeof(UpcastArbitraries)], MaxTest = 200)]
    public void DeserializeEvent_StatusChangedWrittenAsV1_Meets_Specification(StatusChanged current)
    {
        static string? Legacy(TicketStatus? status) => status switch
        {
            null => null,
            TicketStatus.PendingCustomer => "pending",
            TicketStatus.OnHold => "hold",
            var other => JsonNode.Parse(TimelineJson.SerializeEvent(new StatusChanged { To = other.Value }))!["to"]!.GetValue<string>(),
        };
        var v1 = new JsonObject { ["type"] = "status_changed", ["to"] = Legacy(current.To) };
        if (Legacy(current.From) is { } from)
        {
            v1["from"] = from;
        }

        var sut = TimelineJson.DeserializeEvent(v1.ToJsonString(), schemaVersion: 1);

        Assert.Equal(current, sut);
    }

    public static class UpcastArbitraries
    {
        public static Arbitrary<TicketCreated> TicketCreated() =>
            TimelineGen.Event.Where(e => e is TicketCreated created && created.Tags.Length <= 1 && (created.Tags.IsEmpty || created.Tags[0].Length > 0))
                .Select(e => (TicketCreated)e)
                .ToArbitrary();

        public static Arbitrary<StatusChanged> StatusChanged() =>
            TimelineGen.Event.Where(e => e is StatusChanged).Select(e => (StatusChanged)e).ToArbitrary();
    }
}
