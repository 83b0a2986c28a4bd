using ChatBot.Telegram.Replies;

namespace ChatBot.Tests.Unit;

public sealed class HtmlSplitterTests
{
    [Fact]
    public void Short_html_is_one_part_unchanged()
    {
        Assert.Equal(["<b>hi</b> there"], HtmlSplitter.Split("<b>hi</b> there"));
    }

    [Fact]
    public void Long_html_is_cut_at_line_breaks_with_tags_closed_and_reopened()
    {
        var line = "<blockquote>" + string.Concat(Enumerable.Repeat("word &amp; ", 30)) + "</blockquote>\n";
        var html = "<b>Answer</b>\n" + string.Concat(Enumerable.Repeat(line, 40));

        var parts = HtmlSplitter.Split(html, 1000);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(Visible(p) <= 1000, $"part has {Visible(p)} visible characters"));
        Assert.All(parts, p => Assert.Equal(Count(p, "<blockquote>"), Count(p, "</blockquote>")));
        Assert.Equal(Visible(html.Replace("\n", "", StringComparison.Ordinal)), parts.Sum(p => Visible(p.Replace("\n", "", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_single_overlong_quote_is_cut_inside_and_each_part_stays_balanced()
    {
        var html = "<blockquote>" + new string('x', 2500) + "</blockquote>";

        var parts = HtmlSplitter.Split(html, 1000);

        Assert.Equal(3, parts.Count);
        Assert.All(parts, p => Assert.StartsWith("<blockquote>", p));
        Assert.All(parts, p => Assert.EndsWith("</blockquote>", p));
    }

    private static int Count(string s, string what) => (s.Length - s.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;

    private static int Visible(string html) =>
        System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", ""), "&[a-z]+;", "&").Length;
}
