using SupportOps.Summarizer.Abstractions.Text;

namespace SupportOps.Summarizer.Abstractions.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Checkout fails. Please help!", 2)]
    [InlineData("Is it down? We cannot log in... Fix it!!", 3)]
    [InlineData("We use e.g. Stripe and Mr. Smith approved it. Thanks.", 2)]
    [InlineData("Version 2.5 broke it. See https://example.com/a.b for details.", 2)]
    [InlineData("Line one\nLine two\r\n\r\nLine three", 3)]
    [InlineData("He said \"stop.\" Then it crashed.", 2)]
    [InlineData("Die Zahlung z.B. per Karte geht nicht. Bitte prüfen.", 2)]
    [InlineData("   ", 0)]
    [InlineData("", 0)]
    [InlineData("no terminal punctuation", 1)]
    public void Count_Text_CountsSentences(string text, int expected)
    {
        Assert.Equal(expected, SentenceSplitter.Count(text));
    }

    [Fact]
    public void Split_Text_TrimsAndKeepsPunctuation()
    {
        Assert.Equal(["It fails.", "Why?"], SentenceSplitter.Split("  It fails.   Why?  "));
    }

    [Fact]
    public void Split_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => SentenceSplitter.Split(null!));
    }
}
