using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Policies;
using SupportOps.SlaEngine.Timers;

namespace SupportOps.SlaEngine.Tests.Policies;

public sealed class SlaTimerRulesTests
{
    [Fact]
    public void DefaultFor_EachKind_DocumentedDefaults()
    {
        var firstResponse = SlaTimerRules.DefaultFor(SlaTimerKind.FirstResponse);
        var nextResponse = SlaTimerRules.DefaultFor(SlaTimerKind.NextResponse);
        var periodic = SlaTimerRules.DefaultFor(SlaTimerKind.PeriodicUpdate);
        var resolution = SlaTimerRules.DefaultFor(SlaTimerKind.Resolution);

        Assert.Equal((SlaStartTrigger.TicketCreated, true, SlaReopenBehavior.None), (firstResponse.Start, firstResponse.StopsOnAgentReply, firstResponse.OnReopen));
        Assert.Empty(firstResponse.PauseStatuses);
        Assert.Equal((SlaStartTrigger.UnansweredCustomerMessage, true), (nextResponse.Start, nextResponse.StopsOnAgentReply));
        Assert.Equal([TicketStatus.PendingCustomer], nextResponse.PauseStatuses.ToArray());
        Assert.Equal(SlaStartTrigger.PublicAgentReply, periodic.Start);
        Assert.Equal([TicketStatus.PendingCustomer, TicketStatus.OnHold], periodic.PauseStatuses.ToArray());
        Assert.Equal((SlaStartTrigger.TicketCreated, false, SlaReopenBehavior.ResumeCycle), (resolution.Start, resolution.StopsOnAgentReply, resolution.OnReopen));
        Assert.Equal([TicketStatus.PendingCustomer, TicketStatus.OnHold], resolution.PauseStatuses.ToArray());
    }

    [Theory]
    [InlineData(TicketStatus.Solved)]
    [InlineData(TicketStatus.Closed)]
    [InlineData((TicketStatus)17)]
    public void PauseStatuses_StoppingOrUnknownStatus_ThrowsNamingTheStatus(TicketStatus status)
    {
        var sut = SlaTimerRules.DefaultFor(SlaTimerKind.Resolution);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => sut with { PauseStatuses = [status] });

        Assert.Equal("PauseStatuses", error.ParamName);
        Assert.Contains($"'{status}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultFor_UnknownKind_ThrowsNamingKind()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SlaTimerRules.DefaultFor((SlaTimerKind)8));

        Assert.Equal("kind", error.ParamName);
    }
}
