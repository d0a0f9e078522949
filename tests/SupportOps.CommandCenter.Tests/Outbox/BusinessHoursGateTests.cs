using NodaTime;
using SupportOps.CommandCenter.Outbox;
using SupportOps.SlaEngine.Calendars;

namespace SupportOps.CommandCenter.Tests.Outbox;

public sealed class BusinessHoursGateTests
{
    private static readonly BusinessHoursGate Sut = new(BusinessCalendar.FromJson(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Configuration", "calendar-new-york.json"))));

    [Theory]
    [InlineData("2026-03-10T15:00:00Z", false, "2026-03-10T15:00:00Z")] // Tuesday 11:00 EDT: open
    [InlineData("2026-03-11T00:00:00Z", false, "2026-03-11T13:00:00Z")] // Tuesday 20:00 EDT: Wednesday 09:00
    [InlineData("2026-03-13T22:00:00Z", false, "2026-03-16T13:00:00Z")] // Friday 18:00 EDT: Monday 09:00
    [InlineData("2026-12-24T19:00:00Z", false, "2026-12-28T14:00:00Z")] // Christmas Eve 14:00 EST (closes 13:00), Christmas holiday: Monday 09:00
    [InlineData("2026-03-11T00:00:00Z", true, "2026-03-11T00:00:00Z")] // urgent: at once
    public void SendAt_ByTimeOfDayAndUrgency_ReturnsNowOrTheNextOpening(string now, bool urgent, string expected)
    {
        var at = NodaTime.Text.InstantPattern.ExtendedIso.Parse(now).Value;

        Assert.Equal(NodaTime.Text.InstantPattern.ExtendedIso.Parse(expected).Value, Sut.SendAt(at, urgent));
    }
}
