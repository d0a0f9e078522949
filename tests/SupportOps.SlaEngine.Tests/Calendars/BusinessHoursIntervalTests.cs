using NodaTime;
using SupportOps.SlaEngine.Calendars;

namespace SupportOps.SlaEngine.Tests.Calendars;

public sealed class BusinessHoursIntervalTests
{
    [Fact]
    public void Constructor_EndBeforeStart_RunsPastMidnight()
    {
        var sut = new BusinessHoursInterval(new LocalTime(22, 0), new LocalTime(6, 0));

        Assert.True(sut.RunsPastMidnight);
        Assert.Equal(Duration.FromHours(8), sut.Length);
        Assert.Equal(new LocalTime(6, 0), sut.End);
        Assert.Equal("22:00-06:00", sut.ToString());
    }

    [Fact]
    public void Constructor_EndAtMidnight_EndsAtEndOfStartDay()
    {
        var sut = new BusinessHoursInterval(new LocalTime(22, 0), LocalTime.Midnight);

        Assert.False(sut.RunsPastMidnight);
        Assert.Equal(Duration.FromHours(2), sut.Length);
        Assert.Equal(BusinessHoursInterval.UntilEndOfDay(new LocalTime(22, 0)), sut);
        Assert.Equal("22:00-24:00", sut.ToString());
    }

    [Fact]
    public void WholeDay_IsTwentyFourHours()
    {
        var sut = BusinessHoursInterval.WholeDay;

        Assert.Equal(Duration.FromHours(24), sut.Length);
        Assert.Equal("00:00-24:00", sut.ToString());
        Assert.False(sut.RunsPastMidnight);
    }

    [Fact]
    public void Constructor_ZeroLength_ThrowsNamingTheTimes()
    {
        var error = Assert.Throws<ArgumentException>(() => new BusinessHoursInterval(new LocalTime(9, 0), new LocalTime(9, 0)));

        Assert.Contains("09:00-09:00", error.Message, StringComparison.Ordinal);
        Assert.Equal("end", error.ParamName);
    }

    [Fact]
    public void Constructor_SubTickTime_Throws()
    {
        var time = LocalTime.FromHourMinuteSecondNanosecond(9, 0, 0, 1);

        var error = Assert.Throws<ArgumentException>(() => new BusinessHoursInterval(time, new LocalTime(17, 0)));

        Assert.Equal("start", error.ParamName);
    }

    [Fact]
    public void Equality_SameTimes_AreEqual()
    {
        var sut = new BusinessHoursInterval(new LocalTime(9, 0), new LocalTime(17, 0));
        var same = new BusinessHoursInterval(new LocalTime(9, 0), new LocalTime(17, 0));

        Assert.True(sut == same);
        Assert.False(sut != same);
        Assert.Equal(sut.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(sut, new BusinessHoursInterval(new LocalTime(9, 0), new LocalTime(18, 0)));
    }
}
