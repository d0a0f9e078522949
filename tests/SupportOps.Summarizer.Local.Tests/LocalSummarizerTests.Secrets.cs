using static SupportOps.Summarizer.Local.Tests.TestTickets;

namespace SupportOps.Summarizer.Local.Tests;

public sealed partial class LocalSummarizerTests
{
    [Theory]
    [InlineData("sk-live-4f9a8b7c6d5e4f3a2b1c")]
    [InlineData("AKIAIOSFODNN7EXAMPLE")]
    [InlineData("ghp_0123456789abcdefghijklmnopqrstuvwxyz")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U")]
    public void Summarize_PastedCredential_NeverReachesTheResult(string secret)
    {
        var request = Ticket($"Key {secret} rejected", $"Our integration fails with error 401 when we call the API with the key {secret}. Please help us fix it.");

        var result = CreateSut().Summarize(request, Now);

        Assert.DoesNotContain(secret, result.Summary, StringComparison.Ordinal);
        Assert.All(result.Entities, entity => Assert.DoesNotContain(secret, entity.Value, StringComparison.Ordinal));
        Assert.Contains("[redacted]", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_LabelledPassword_IsRedacted()
    {
        var result = CreateSut().Summarize(Ticket("", "I cannot log in, my password is Hunter2-Winter! and it fails every time."), Now);

        Assert.DoesNotContain("Hunter2", result.Summary, StringComparison.Ordinal);
        Assert.Contains("password is [redacted]", result.Summary, StringComparison.Ordinal);
    }
}
