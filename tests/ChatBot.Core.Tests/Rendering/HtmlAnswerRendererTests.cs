using ChatBot.Core.Answering;
using ChatBot.Core.Facts;
using ChatBot.Core.Rendering;

namespace ChatBot.Core.Tests.Rendering;

public sealed class HtmlAnswerRendererTests
{
    private static AnswerOutcome Outcome(string answer, string quote, string? url) => new(
        "q",
        true,
        new Fact("f1", "q?", [], answer, [new Quote("s1", quote)], [], new DateOnly(2025, 11, 20)),
        [new Citation(quote, "s1", "Title <b>", "BBC & Co", url, new DateOnly(2025, 11, 19))],
        0.9,
        []);

    [Fact]
    public void Puts_each_quote_in_a_blockquote_with_source_and_checked_date()
    {
        var html = new HtmlAnswerRenderer().Render(Outcome("26 died.", "at least 26 died", "https://www.bbc.co.uk/news/x"));

        Assert.Contains("<b>26 died.</b>", html);
        Assert.Contains("<blockquote>at least 26 died</blockquote>", html);
        Assert.Contains("<a href=\"https://www.bbc.co.uk/news/x\">BBC &amp; Co</a>", html);
        Assert.Contains("19 Nov 2025", html);
        Assert.Contains("Last checked 20 Nov 2025", html);
    }

    [Fact]
    public void Escapes_stored_text_and_refuses_unsafe_links()
    {
        var html = new HtmlAnswerRenderer().Render(Outcome("<script>x</script>", "a \"quote\" & <i>", "javascript:alert(1)"));

        Assert.Contains("&lt;script&gt;x&lt;/script&gt;", html);
        Assert.Contains("a &quot;quote&quot; &amp; &lt;i&gt;", html);
        Assert.Contains("Title &lt;b&gt;", html);
        Assert.DoesNotContain("javascript:", html);
    }

    [Fact]
    public void Says_plainly_when_it_does_not_know_and_offers_alternatives()
    {
        var outcome = AnswerOutcome.Unanswered("q", [new Suggestion("f2", "Who <leads>?", 0.5)]);

        var html = new HtmlAnswerRenderer().Render(outcome);

        Assert.StartsWith("I don't have a verified fact on that.", html);
        Assert.Contains("Who &lt;leads&gt;?", html);
    }
}
