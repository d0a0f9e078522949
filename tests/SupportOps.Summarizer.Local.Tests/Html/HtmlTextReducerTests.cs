using SupportOps.Summarizer.Local.Html;
using SupportOps.Summarizer.Local.Text;

namespace SupportOps.Summarizer.Local.Tests.Html;

public sealed class HtmlTextReducerTests
{
    [Fact]
    public void Reduce_Paragraphs_BecomeLinesWithDecodedEntities()
    {
        var text = HtmlTextReducer.Reduce("<p>Hi&nbsp;team,</p><p>It&#39;s <b>broken</b> &amp; slow.<br>Since 9:00 &lt;UTC&gt;.</p>");

        Assert.Equal("Hi team,\nIt's broken & slow.\nSince 9:00 <UTC>.", text);
    }

    [Fact]
    public void Reduce_ScriptsStylesHeadAndComments_AreDropped()
    {
        var text = HtmlTextReducer.Reduce("<html><head><title>T</title><style>p{color:red}</style></head><body><!-- hidden --><script>alert('x')</script><p>Visible</p></body></html>");

        Assert.Equal("Visible", text);
    }

    [Fact]
    public void Reduce_QuotedReplies_AreDropped()
    {
        var html = "<div>New text.</div><div class=\"gmail_quote\">On Mon wrote:<div>old <div>nested</div> text</div></div><blockquote>older</blockquote><p>After.</p>";

        Assert.Equal("New text.\nAfter.", HtmlTextReducer.Reduce(html));
    }

    [Fact]
    public void Reduce_Link_KeepsItsTarget()
    {
        Assert.Equal("See our status page (https://status.example.com).", HtmlTextReducer.Reduce("See our <a href=\"https://status.example.com\">status page</a>."));
        Assert.Equal("https://x.example.com", HtmlTextReducer.Reduce("<a href='https://x.example.com'>https://x.example.com</a>"));
    }

    [Fact]
    public void Reduce_LiteralLessThan_IsKept()
    {
        Assert.Equal("a < b and 3<4", HtmlTextReducer.Reduce("<p>a < b and 3<4</p>"));
    }

    [Fact]
    public void Reduce_TableCells_AreSeparated()
    {
        Assert.Equal("Plan Premium\nSeats 40", HtmlTextReducer.Reduce("<table><tr><td>Plan</td><td>Premium</td></tr><tr><td>Seats</td><td>40</td></tr></table>"));
    }

    [Theory]
    [InlineData("<p>x</p>", true)]
    [InlineData("Hello<br>there", true)]
    [InlineData("a < b > c", false)]
    [InlineData("plain text", false)]
    public void LooksLikeHtml_Text_DetectsCommonTags(string text, bool expected)
    {
        Assert.Equal(expected, HtmlTextReducer.LooksLikeHtml(text));
    }

    [Fact]
    public void Clean_PlainEmail_CutsQuotedHistoryAndSignature()
    {
        var body = "The export fails.\nPlease help.\n\n> older quoted line\nOn Tue, 3 Nov 2026 at 10:00, Support <s@example.com> wrote:\n> Hello\n";
        var signed = "Thanks!\n-- \nAnna Smith\nCTO";

        Assert.Equal("The export fails.\nPlease help.", MessageCleaner.Clean(body));
        Assert.Equal("Thanks!", MessageCleaner.Clean(signed));
    }
}
