using System.Text.RegularExpressions;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Serialization;
using SupportOps.EventTimeline.Tests.Support;

namespace SupportOps.EventTimeline.Tests.Events;

public sealed partial class TicketEventCatalogTests
{
    [Fact]
    public void Kinds_EveryDefinedKindIsCatalogued()
    {
        Assert.Equal(Enum.GetValues<TicketEventKind>(), TicketEventCatalog.Kinds);
    }

    [Fact]
    public void WireName_IsUniqueSnakeCaseAndRoundTripsThroughTryGetKind()
    {
        var names = TicketEventCatalog.Kinds.Select(TicketEventCatalog.WireName).ToArray();

        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, name => Assert.Matches(SnakeCase(), name));
        foreach (var kind in TicketEventCatalog.Kinds)
        {
            Assert.True(TicketEventCatalog.TryGetKind(TicketEventCatalog.WireName(kind), out var found));
            Assert.Equal(kind, found);
        }
    }

    [Fact]
    public void EventType_MatchesTheRecordOfEachKindAndItsSerializedType()
    {
        var samples = Samples.OneOfEachKind();

        Assert.Equal(TicketEventCatalog.Kinds, samples.Select(sample => sample.Kind));
        foreach (var sample in samples)
        {
            Assert.Equal(TicketEventCatalog.EventType(sample.Kind), sample.GetType());
            Assert.StartsWith($"{{\"type\":\"{sample.WireName}\"", TimelineJson.SerializeEvent(sample), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CurrentSchemaVersion_UpcastKindsAreAtVersionTwo()
    {
        Assert.Equal(2, TicketEventCatalog.CurrentSchemaVersion(TicketEventKind.TicketCreated));
        Assert.Equal(2, TicketEventCatalog.CurrentSchemaVersion(TicketEventKind.StatusChanged));
        Assert.Equal(1, TicketEventCatalog.CurrentSchemaVersion(TicketEventKind.Merged));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Ticket_Created")]
    [InlineData("ticket-created")]
    public void TryGetKind_UnknownName_ReturnsFalse(string? wireName)
    {
        Assert.False(TicketEventCatalog.TryGetKind(wireName, out _));
    }

    [Fact]
    public void WireName_UndefinedKind_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TicketEventCatalog.WireName((TicketEventKind)99));
    }

    [Fact]
    public void Equals_EventsWithEqualLists_AreEqual()
    {
        Assert.Equal(Samples.Created(), Samples.Created());
        Assert.Equal(Samples.Created().GetHashCode(), Samples.Created().GetHashCode());
        Assert.NotEqual(Samples.Created(), Samples.Created() with { Tags = ["other"] });
        Assert.Equal(Samples.CustomerMessage(), Samples.CustomerMessage());
        Assert.NotEqual<MessageEvent>(Samples.CustomerMessage(), new InternalNote { MessageId = "msg-1", AuthorId = "cust-42", Body = "It is smoking, please help.", Attachments = Samples.CustomerMessage().Attachments });
        Assert.Empty(new TicketCreated { Subject = "s", Channel = Channel.Web, Priority = Priority.P3, Tier = CustomerTier.Free, RequesterId = "r", Tags = default }.Tags);
    }

    [Fact]
    public void ActorFactories_SetKindAndRejectEmptyIds()
    {
        Assert.Equal(ActorKind.Integration, Actor.Integration("zendesk-sync").Kind);
        Assert.Equal(new Actor { Kind = ActorKind.Agent, Id = "a", DisplayName = "A" }, Actor.Agent("a", "A"));
        Assert.Throws<ArgumentException>(() => Actor.Customer(""));
        Assert.Throws<ArgumentNullException>(() => Actor.System(null!));
    }

    [GeneratedRegex("^[a-z]+(_[a-z]+)*$")]
    private static partial Regex SnakeCase();
}
