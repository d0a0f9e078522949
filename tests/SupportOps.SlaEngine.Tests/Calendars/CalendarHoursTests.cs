using NodaTime;
using SupportOps.SlaEngine.Calendars;

namespace SupportOps.SlaEngine.Tests.Calendars;

public sealed class CalendarHoursTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 8, 6, 30);

    [Fact]
    public void Add_AcrossMidnightAndDst_EqualsPlainArithmetic()
    {
        var sut = CalendarHours.Instance;

        Assert.Equal(Start + Duration.FromHours(36), sut.Add(Start, Duration.FromHours(36)));
    }

    [Fact]
    public void Between_EndBeforeStart_IsNegative()
    {
        var sut = CalendarHours.Instance;

        Assert.Equal(Duration.FromMinutes(-90), sut.Between(Start, Start - Duration.FromMinutes(90)));
    }

    [Fact]
    public void Add_NegativeDuration_ThrowsNamingTheArgument()
    {
        var sut = CalendarHours.Instance;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => sut.Add(Start, Duration.FromMinutes(-1)));
        Assert.Equal("businessTime", error.ParamName);
    }

    [Fact]
    public void OpenAndClosingQueries_AlwaysOpen()
    {
        var sut = CalendarHours.Instance;

        Assert.True(sut.IsOpen(Start));
        Assert.Equal(Start, sut.NextOpening(Start));
        Assert.Null(sut.NextClosing(Start));
    }
}
