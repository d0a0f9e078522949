using NodaTime;
using SupportOps.CommandCenter.Reports;

namespace SupportOps.CommandCenter.Tests.Reports;

public sealed class ReportPeriodTests
{
    private static readonly LocalDate Today = new(2026, 3, 10);

    [Theory]
    [InlineData(null, "2026-03-04", "2026-03-10")]
    [InlineData("last_7_days", "2026-03-04", "2026-03-10")]
    [InlineData("last_30_days", "2026-02-09", "2026-03-10")]
    [InlineData("2026-W10", "2026-03-02", "2026-03-08")]
    [InlineData("2026-w01", "2025-12-29", "2026-01-04")]
    [InlineData("2026-02", "2026-02-01", "2026-02-28")]
    [InlineData("2026-03-09", "2026-03-09", "2026-03-09")]
    [InlineData("2026-03-01..2026-03-20", "2026-03-01", "2026-03-20")]
    public void TryParse_ValidForms_GiveTheDays(string? text, string from, string to)
    {
        Assert.True(ReportPeriod.TryParse(text, Today, out var sut, out var error), error);

        Assert.Equal(from, sut!.From.ToString("yyyy-MM-dd", null));
        Assert.Equal(to, sut.To.ToString("yyyy-MM-dd", null));
    }

    [Fact]
    public void Previous_IsTheSameLengthEndingTheDayBefore()
    {
        ReportPeriod.TryParse("2026-03-01..2026-03-10", Today, out var sut, out _);

        Assert.Equal(new LocalDate(2026, 2, 19), sut!.Previous.From);
        Assert.Equal(new LocalDate(2026, 2, 28), sut.Previous.To);
        Assert.Equal(10, sut.Previous.Days);
    }

    [Theory]
    [InlineData("last_8_days", "Unknown period")]
    [InlineData("2026-W54", "not an ISO week")]
    [InlineData("2026-00", "not a month")]
    [InlineData("2026-02-30", "Unknown period")]
    [InlineData("2026-03-05..2026-03-01", "ends before it starts")]
    [InlineData("2025-01-01..2026-03-01", "longer than 366 days")]
    [InlineData("2026-03-11", "starts after today")]
    [InlineData("2026-03-01..", "not a range")]
    public void TryParse_InvalidForms_SayWhatIsWrong(string text, string message)
    {
        Assert.False(ReportPeriod.TryParse(text, Today, out var sut, out var error));

        Assert.Null(sut);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
