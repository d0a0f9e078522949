using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using T = SupportOps.EventTimeline.Events;
using S = SupportOps.SlaEngine.Occurrences;

namespace SupportOps.EventTimeline.SlaEngine.Tests;

public sealed class SlaVocabularyTests
{
    [Fact]
    public void ToSla_EveryValue_MapsToTheSameName()
    {
        foreach (var value in Enum.GetValues<T.Priority>())
        {
            Assert.Equal(value.ToString(), SlaVocabulary.ToSla(value).ToString());
        }

        foreach (var value in Enum.GetValues<T.Channel>())
        {
            Assert.Equal(value.ToString(), SlaVocabulary.ToSla(value).ToString());
        }

        foreach (var value in Enum.GetValues<T.CustomerTier>())
        {
            Assert.Equal(value.ToString(), SlaVocabulary.ToSla(value).ToString());
        }

        foreach (var value in Enum.GetValues<T.TicketStatus>())
        {
            Assert.Equal(value.ToString(), SlaVocabulary.ToSla(value).ToString());
        }
    }

    [Fact]
    public void ToTimeline_EveryValue_IsTheInverseOfToSla()
    {
        Assert.All(Enum.GetValues<S.Priority>(), v => Assert.Equal(v, SlaVocabulary.ToSla(SlaVocabulary.ToTimeline(v))));
        Assert.All(Enum.GetValues<S.Channel>(), v => Assert.Equal(v, SlaVocabulary.ToSla(SlaVocabulary.ToTimeline(v))));
        Assert.All(Enum.GetValues<S.CustomerTier>(), v => Assert.Equal(v, SlaVocabulary.ToSla(SlaVocabulary.ToTimeline(v))));
        Assert.All(Enum.GetValues<S.TicketStatus>(), v => Assert.Equal(v, SlaVocabulary.ToSla(SlaVocabulary.ToTimeline(v))));
    }

    [Fact]
    public void ToSla_BothVocabularies_HaveTheSameNames()
    {
        Assert.Equal(Enum.GetNames<T.Priority>(), Enum.GetNames<S.Priority>());
        Assert.Equal(Enum.GetNames<T.Channel>(), Enum.GetNames<S.Channel>());
        Assert.Equal(Enum.GetNames<T.CustomerTier>(), Enum.GetNames<S.CustomerTier>());
        Assert.Equal(Enum.GetNames<T.TicketStatus>(), Enum.GetNames<S.TicketStatus>());
        Assert.Equal(Enum.GetNames<T.SlaTimerKind>(), Enum.GetNames<SupportOps.SlaEngine.Timers.SlaTimerKind>());
        Assert.All(Enum.GetValues<T.SlaTimerKind>(), v => Assert.Equal(v, SlaVocabulary.ToTimeline(SlaVocabulary.ToSla(v))));
    }

    [Property(MaxTest = 50)]
    public void ToSla_UndefinedValue_Throws_Meets_Specification(PositiveInt offset)
    {
        var undefined = (T.Channel)(100 + offset.Get);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SlaVocabulary.ToSla(undefined));

        Assert.Equal("channel", ex.ParamName);
    }
}
