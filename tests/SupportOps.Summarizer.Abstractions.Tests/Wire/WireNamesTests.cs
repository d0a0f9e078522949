using SupportOps.Summarizer.Abstractions.Requests;
using SupportOps.Summarizer.Abstractions.Results;
using SupportOps.Summarizer.Abstractions.Wire;

namespace SupportOps.Summarizer.Abstractions.Tests.Wire;

public sealed class WireNamesTests
{
    [Fact]
    public void Of_Values_AreSnakeCase()
    {
        Assert.Equal("page_oncall", WireNames.Of(NextAction.PageOncall));
        Assert.Equal("payment_failure", WireNames.Of(EscalationReason.PaymentFailure));
        Assert.Equal("pending_customer", WireNames.Of(Enum.Parse<TestStatus>("PendingCustomer")));
        Assert.Equal("http_status", WireNames.Of(EntityType.HttpStatus));
        Assert.Equal("enterprise", WireNames.Of(CustomerTier.Enterprise));
    }

    [Fact]
    public void TryParse_EveryWireName_RoundTrips()
    {
        foreach (var value in Enum.GetValues<NextAction>())
        {
            Assert.True(WireNames.TryParse<NextAction>(WireNames.Of(value), out var parsed));
            Assert.Equal(value, parsed);
        }
    }

    [Theory]
    [InlineData("PageOncall")]
    [InlineData("page-oncall")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownName_ReturnsFalse(string? name)
    {
        Assert.False(WireNames.TryParse<NextAction>(name, out _));
    }

    [Fact]
    public void Of_UndefinedValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WireNames.Of((NextAction)99));
    }

    [Fact]
    public void All_ResponseTypes_InDeclarationOrder()
    {
        Assert.Equal(["billing", "troubleshooting", "escalate", "informational", "security"], WireNames.All<ResponseType>());
    }

    private enum TestStatus
    {
        PendingCustomer,
    }
}
