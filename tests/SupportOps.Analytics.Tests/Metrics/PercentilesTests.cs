using NodaTime;
using SupportOps.Analytics.Metrics;

namespace SupportOps.Analytics.Tests.Metrics;

public sealed class PercentilesTests
{
    [Theory]
    [InlineData(10, 50, 5)]
    [InlineData(10, 90, 9)]
    [InlineData(10, 100, 10)]
    [InlineData(10, 0.1, 1)]
    [InlineData(1, 90, 1)]
    [InlineData(3, 50, 2)]
    [InlineData(4, 50, 2)]
    [InlineData(7, 90, 7)]
    [InlineData(0, 50, 0)]
    public void Rank_Table_IsTheCeilingOfPTimesN(int count, double percentile, int expected)
    {
        Assert.Equal(expected, Percentiles.Rank(count, percentile));
    }

    [Fact]
    public void NearestRank_Values_PicksAMeasuredValue()
    {
        List<Duration> sorted = [Duration.FromMinutes(1), Duration.FromMinutes(2), Duration.FromMinutes(10)];

        Assert.Equal(Duration.FromMinutes(2), Percentiles.NearestRank(sorted, 50));
        Assert.Equal(Duration.FromMinutes(10), Percentiles.NearestRank(sorted, 90));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public void Rank_PercentileOutOfRange_Throws(double percentile)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.Rank(5, percentile));
    }
}
