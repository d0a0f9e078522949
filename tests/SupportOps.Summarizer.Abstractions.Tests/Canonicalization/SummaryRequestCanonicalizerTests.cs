using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupportOps.Summarizer.Abstractions.Canonicalization;
using SupportOps.Summarizer.Abstractions.Requests;
using static SupportOps.Summarizer.Abstractions.Tests.TestData;

namespace SupportOps.Summarizer.Abstractions.Tests.Canonicalization;

public sealed class SummaryRequestCanonicalizerTests
{
    [Fact]
    public void Canonicalize_Request_WritesFieldsInFixedOrder()
    {
        var sut = SummaryRequestCanonicalizer.Default;

        var text = sut.Canonicalize(Request(Customer(0, "  Our checkout\r\n fails.  ")) with { Tags = ["Payments ", "checkout", "payments"] });

        Assert.Equal(
            "summary-request/v1\n" +
            "subject: Checkout fails with HTTP 502\n" +
            "customer_tier: enterprise\n" +
            "sla_risk: 80\n" +
            "sla_breached: false\n" +
            "tags: checkout,payments\n" +
            "messages: 1 of 1\n" +
            "message: 1\n" +
            "role: customer\n" +
            "channel: email\n" +
            "sent_at: 2026-11-27T09:00:00Z\n" +
            "text: Our checkout fails.\n",
            text);
    }

    [Fact]
    public void ComputeHash_WhitespaceVariations_AreEqual()
    {
        var sut = SummaryRequestCanonicalizer.Default;
        var plain = Request(Customer(0, "Checkout fails. Please help."), Agent(5, "Looking into it."));
        var spaced = Request(Customer(0, "\tCheckout   fails.\n\nPlease\u00A0help.  "), Agent(5, " Looking into it.\r\n"));

        Assert.Equal(sut.ComputeHash(plain), sut.ComputeHash(spaced));
    }

    [Fact]
    public void ComputeHash_MessagesAndTagsInAnotherOrder_AreEqual()
    {
        var sut = SummaryRequestCanonicalizer.Default;
        var first = Request(Customer(0, "One."), Agent(5, "Two.")) with { Tags = ["b", "a"] };
        var second = Request(Agent(5, "Two."), Customer(0, "One.")) with { Tags = ["a", "b"] };

        Assert.Equal(sut.ComputeHash(first), sut.ComputeHash(second));
    }

    [Fact]
    public void ComputeHash_MessageChanged_Differs()
    {
        var sut = SummaryRequestCanonicalizer.Default;

        Assert.NotEqual(
            sut.ComputeHash(Request(Customer(0, "Checkout fails."))),
            sut.ComputeHash(Request(Customer(0, "Checkout fails!"))));
    }

    [Fact]
    public void ComputeHash_RiskOrTierChanged_Differs()
    {
        var sut = SummaryRequestCanonicalizer.Default;
        var request = Request(Customer(0, "Checkout fails."));

        Assert.NotEqual(sut.ComputeHash(request), sut.ComputeHash(request with { SlaRisk = new SlaRisk(80, breached: true) }));
        Assert.NotEqual(sut.ComputeHash(request), sut.ComputeHash(request with { CustomerTier = CustomerTier.Free }));
    }

    [Fact]
    public void ComputeHash_OnlyMessagesBeforeTheWindowChanged_IsEqual()
    {
        var sut = new SummaryRequestCanonicalizer(maxMessages: 2);
        var recent = new[] { Agent(10, "Restarted the workers."), Customer(20, "Works now, thanks!") };

        var before = sut.ComputeHash(Request([Customer(0, "It is down."), .. recent]));
        var after = sut.ComputeHash(Request([Customer(0, "It is completely down!!"), .. recent]));

        Assert.Equal(before, after);
    }

    [Fact]
    public void ComputeHash_Request_IsLowerCaseSha256Hex()
    {
        var sut = SummaryRequestCanonicalizer.Default;

        var hash = sut.ComputeHash(Request(Customer(0, "x")));

        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Fact]
    public void HashCanonicalText_KnownText_MatchesSha256TestVector()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SummaryRequestCanonicalizer.HashCanonicalText("abc"));
    }

    [Fact]
    public void SelectMessages_MoreThanMax_KeepsTheLatestOldestFirst()
    {
        var sut = new SummaryRequestCanonicalizer(maxMessages: 2);

        var selected = sut.SelectMessages(Request(Customer(30, "c"), Customer(0, "a"), Customer(10, "b")));

        Assert.Equal(["b", "c"], selected.Select(message => message.Text));
    }

    [Fact]
    public void Constructor_ZeroMessages_ThrowsNamingTheArgument()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SummaryRequestCanonicalizer(0));
        Assert.Equal("maxMessages", error.ParamName);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public void ComputeHash_WhitespaceInsertedBetweenWords_Meets_Specification(NoisyText text)
    {
        var sut = SummaryRequestCanonicalizer.Default;
        var plain = string.Join(' ', text.Words);
        var noisy = string.Concat(text.Words.Select((word, i) => text.Separators[i % text.Separators.Length] + word)) + text.Separators[0];

        Assert.Equal(sut.ComputeHash(Request(Customer(0, plain))), sut.ComputeHash(Request(Customer(0, noisy))));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public void ComputeHash_ShuffledMessages_Meets_Specification(NoisyText text, int seed)
    {
        var sut = new SummaryRequestCanonicalizer(maxMessages: 3);
        var messages = text.Words.Select((word, i) => Customer(i * 7, word)).ToArray();
        var shuffled = messages.ToArray();
        new Random(seed).Shuffle(shuffled);

        Assert.Equal(sut.ComputeHash(Request(messages)), sut.ComputeHash(Request(shuffled)));
    }

    /// <summary>Words and the white space runs to put between them.</summary>
    public sealed record NoisyText(string[] Words, string[] Separators);

    public static class Arbitraries
    {
        public static Arbitrary<NoisyText> NoisyText() =>
            (from words in Gen.Elements("checkout", "fails", "HTTP", "502", "bitte", "¡hola!", "ERR_TIMEOUT", "order#123", "€49,99").NonEmptyListOf()
             from separators in Gen.Elements(" ", "  ", "\t", "\n", "\r\n", "\u00A0", " \n\t ").NonEmptyListOf()
             select new NoisyText([.. words], [.. separators]))
            .ToArbitrary();
    }
}
