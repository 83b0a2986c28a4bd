using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ChatBot.Core.Alerts;
using ChatBot.Core.Answering;
using ChatBot.Core.Curation.Parsing;
using ChatBot.Core.Facts;

namespace ChatBot.Alerts.Tests;

/// <summary>An alert with every field at its limit must still be one message Telegram accepts.</summary>
public sealed partial class AlertLengthTests
{
    private const string Emoji = "\U0001F1FA\U0001F1E6";

    [Fact]
    public void An_alert_with_every_field_at_its_maximum_fits_telegrams_4096_characters_and_says_how_to_see_the_whole_fact()
    {
        var id = new string('f', 38) + "-2";
        var fact = new Fact(id, Filled(FieldLimits.Question, "Q<"), [], Filled(FieldLimits.Answer, "A&"), [], ["tag"], new DateOnly(2025, 11, 23));
        var citations = Enumerable.Range(0, 5).Select(i => new Citation(
            Filled(FieldLimits.Quote, "q\"" + Emoji), $"s{i}", Filled(FieldLimits.Title, "T<"), Filled(FieldLimits.Outlet, "O&"),
            "https://example.org/" + new string('u', FieldLimits.Url - 20), new DateOnly(2025, 11, 22))).ToList();

        var html = AlertText.ForFactChange(Filled(FieldLimits.Answer, "old&"), fact, citations);

        var visible = Visible(html);
        Assert.True(visible.Length <= 4096, $"{visible.Length} characters after entity parsing");
        Assert.EndsWith($"/fact {id}", visible, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
        Assert.Contains("…", visible, StringComparison.Ordinal);
        XElement.Parse("<root>" + html + "</root>");
        Assert.Equal(html, System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(html)));
    }

    [Fact]
    public void An_alert_that_fits_is_not_shortened()
    {
        var fact = new Fact("toll", "How many died?", [], "42", [], [], new DateOnly(2025, 11, 23));

        var html = AlertText.ForFactChange(null, fact, [new Citation("42 people died in the strike", "s", "T", "O", null, null)]);

        Assert.DoesNotContain("/fact", html, StringComparison.Ordinal);
        Assert.EndsWith("fact toll</i>", html, StringComparison.Ordinal);
    }

    /// <summary>What Telegram counts: the text once tags are removed and entities decoded.</summary>
    private static string Visible(string html) => WebUtility.HtmlDecode(Tags().Replace(html, string.Empty));

    private static string Filled(int length, string unit) =>
        string.Concat(Enumerable.Repeat(unit + " ", length)).Substring(0, length) is var s && char.IsHighSurrogate(s[^1]) ? s[..^1] + "x" : s;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
