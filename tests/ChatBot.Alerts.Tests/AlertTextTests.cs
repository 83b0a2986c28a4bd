using ChatBot.Core.Alerts;
using ChatBot.Core.Answering;
using ChatBot.Core.Facts;

namespace ChatBot.Alerts.Tests;

public sealed class AlertTextTests
{
    private static readonly Fact Fact = new("toll", "How many <died>?", [], "42 & counting", [], ["casualties"], new DateOnly(2025, 11, 23));

    [Fact]
    public void An_update_shows_new_and_old_answer_the_question_the_citation_and_the_fact_id_all_escaped()
    {
        var citation = new Citation("\"42\" died", "s1", "Report <one>", "Outlet", "https://example.org/?a=1&b=2", new DateOnly(2025, 11, 22));

        var html = AlertText.ForFactChange("40 <old>", Fact, [citation]);

        Assert.StartsWith("<b>Update:</b> 42 &amp; counting <i>(was: 40 &lt;old&gt;)</i>\n<i>How many &lt;died&gt;?</i>", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>&quot;42&quot; died</blockquote>", html, StringComparison.Ordinal);
        Assert.Contains("— <a href=\"https://example.org/?a=1&amp;b=2\">Outlet</a>, <i>Report &lt;one&gt;</i>, 22 Nov 2025", html, StringComparison.Ordinal);
        Assert.EndsWith("<i>As of 23 Nov 2025 · fact toll</i>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_quotes_are_trimmed_and_at_most_three_citations_are_shown()
    {
        var quote = new string('x', 2000);
        var citations = Enumerable.Range(0, 5).Select(i => new Citation(quote, $"s{i}", $"S{i}", $"S{i}", null, null)).ToList();

        var html = AlertText.ForFactChange(null, Fact, citations);

        Assert.Equal(3, html.Split("<blockquote>").Length - 1);
        Assert.True(html.Length < 4096 - 500);
    }

    [Fact]
    public void Broadcast_text_is_escaped_and_button_data_respects_telegrams_64_bytes()
    {
        Assert.Equal("<b>Announcement</b>\n\n&lt;b&gt;hi&lt;/b&gt;", AlertText.ForBroadcast("  <b>hi</b> "));
        Assert.Equal("f:toll", AlertText.ButtonData("toll"));
        Assert.Null(AlertText.ButtonData(null));
        Assert.Null(AlertText.ButtonData(new string('a', 63)));
        Assert.Equal(64, AlertText.ButtonData(new string('a', 62))!.Length);
    }

    [Theory]
    [InlineData("#Casualties, peace_plan  Delegation", new[] { "casualties", "peace-plan", "delegation" })]
    [InlineData("casualties casualties", new[] { "casualties" })]
    [InlineData("  ", new string[0])]
    public void Topics_are_normalised_like_fact_tags(string typed, string[] expected) =>
        Assert.Equal(expected, Topics.Parse(typed));
}
