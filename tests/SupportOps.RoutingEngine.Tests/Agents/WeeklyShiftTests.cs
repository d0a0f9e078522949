using NodaTime;
using SupportOps.RoutingEngine.Agents;

namespace SupportOps.RoutingEngine.Tests.Agents;

public sealed class WeeklyShiftTests
{
    private static readonly WeeklyShift SundayNight = WeeklyShift.Of(new ShiftWindow(IsoDayOfWeek.Sunday, new LocalTime(22, 0), new LocalTime(6, 0)));

    [Theory]
    [InlineData(2026, 11, 29, 21, 59, false)] // Sunday before the start
    [InlineData(2026, 11, 29, 22, 0, true)] // start is inclusive
    [InlineData(2026, 11, 30, 0, 0, true)] // Monday midnight, still Sunday's shift
    [InlineData(2026, 11, 30, 5, 59, true)]
    [InlineData(2026, 11, 30, 6, 0, false)] // end is exclusive
    [InlineData(2026, 11, 30, 22, 0, false)] // Monday night has no shift
    public void Contains_ShiftCrossingMidnightIntoTheNextWeek(int year, int month, int day, int hour, int minute, bool expected)
    {
        Assert.Equal(expected, SundayNight.Contains(new LocalDateTime(year, month, day, hour, minute)));
    }

    [Fact]
    public void Contains_StartEqualsEnd_IsAFull24Hours()
    {
        var sut = WeeklyShift.Of(new ShiftWindow(IsoDayOfWeek.Monday, new LocalTime(8, 0), new LocalTime(8, 0)));

        Assert.True(sut.Contains(new LocalDateTime(2026, 11, 30, 8, 0)));
        Assert.True(sut.Contains(new LocalDateTime(2026, 12, 1, 7, 59)));
        Assert.False(sut.Contains(new LocalDateTime(2026, 12, 1, 8, 0)));
    }

    [Fact]
    public void Weekdays_CoverMondayToFridayOnly()
    {
        var sut = WeeklyShift.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0));

        Assert.True(sut.Contains(new LocalDateTime(2026, 11, 27, 9, 0)));
        Assert.False(sut.Contains(new LocalDateTime(2026, 11, 28, 10, 0)));
        Assert.Equal(5, sut.Windows.Length);
        Assert.True(WeeklyShift.Always.Contains(new LocalDateTime(2026, 11, 28, 3, 0)));
    }

    [Fact]
    public void ShiftWindow_DayNone_Throws()
    {
        Assert.Equal("day", Assert.Throws<ArgumentOutOfRangeException>(() => new ShiftWindow(IsoDayOfWeek.None, LocalTime.Noon, LocalTime.Midnight)).ParamName);
    }
}
