using ChatBot.Core.Alerts;
using ChatBot.Core.Answering;
using ChatBot.Core.Facts;

namespace ChatBot.Alerts.Tests;

/// <summary>A Ukrainian or Russian reader's alert carries the fact's curated answer in their language; quotes stay verbatim.</summary>
public sealed class AlertTranslationTests
{
    private static readonly Citation Citation = new("At least 26 individuals died in Ternopil.", "s1", "Report", "Outlet", null, new DateOnly(2025, 11, 22));

    private static readonly Fact Before = new Fact("toll", "How many died in Ternopil?", [], "At least 26.", [], ["casualties"], new DateOnly(2025, 11, 23))
    {
        Translations = [new FactTranslation("uk", "Щонайменше 26.", ["Скільки загинуло в Тернополі?"])],
    };

    private static readonly IAlertTexts Ukrainian = AlertTexts.For("uk");
    private static readonly IAlertTexts Russian = AlertTexts.For("ru");

    private static string Render(Fact? before, Fact after, IAlertTexts texts)
    {
        var (was, shown) = AlertAnswers.For(before, after, texts);
        return AlertText.ForFactChange(was, shown, [Citation], null, texts);
    }

    [Fact]
    public void An_answer_changed_with_its_translation_reaches_a_ukrainian_reader_in_ukrainian_under_the_english_quote()
    {
        var after = Before with { Answer = "At least 27.", Translations = [new FactTranslation("uk", "Щонайменше 27.", ["Скільки загинуло в Тернополі?"])] };

        var html = Render(Before, after, Ukrainian);

        Assert.StartsWith("<b>Оновлення:</b> Щонайменше 27. <i>(було: Щонайменше 26.)</i>\n<i>Скільки загинуло в Тернополі?</i>", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>At least 26 individuals died in Ternopil.</blockquote>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("At least 27.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void English_and_a_language_without_a_translation_get_the_english_answer_as_before()
    {
        var after = Before with { Answer = "At least 27.", Translations = [new FactTranslation("uk", "Щонайменше 27.", [])] };

        var english = Render(Before, after, AlertTexts.English);
        var russian = Render(Before, after, Russian);

        Assert.Equal(AlertText.ForFactChange("At least 26.", after, [Citation]), english);
        Assert.StartsWith("<b>Обновление:</b> At least 27. <i>(было: At least 26.)</i>\n<i>How many died in Ternopil?</i>", russian, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_fact_with_a_translation_is_announced_in_it_and_one_given_its_first_translation_says_what_it_was_before()
    {
        var untranslated = Before with { Translations = [] };
        var translated = Before with { Answer = "At least 27.", Translations = [new FactTranslation("uk", "Щонайменше 27.", [])] };

        var added = Render(null, Before, Ukrainian);
        var firstTranslation = Render(untranslated, translated, Ukrainian);

        Assert.StartsWith("<b>Оновлення:</b> Щонайменше 26.\n<i>Скільки загинуло в Тернополі?</i>", added, StringComparison.Ordinal);
        // No Ukrainian question yet: the English one, as curated.
        Assert.StartsWith("<b>Оновлення:</b> Щонайменше 27. <i>(було: At least 26.)</i>\n<i>How many died in Ternopil?</i>", firstTranslation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_left_as_it_was_while_the_english_answer_changed_is_not_sent_as_news()
    {
        var after = Before with { Answer = "At least 27." };

        var html = Render(Before, after, Ukrainian);

        Assert.StartsWith("<b>Оновлення:</b> At least 27. <i>(було: At least 26.)</i>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_retraction_reminds_a_ukrainian_reader_of_the_ukrainian_answer_they_were_given()
    {
        var html = RetractionText.For(Before, new DateTimeOffset(2025, 11, 24, 9, 0, 0, TimeSpan.Zero), Ukrainian);

        Assert.StartsWith("<b>Відкликано:</b> <i>Скільки загинуло в Тернополі?</i> (було: Щонайменше 26.)", html, StringComparison.Ordinal);
        Assert.StartsWith("<b>Retracted:</b> <i>How many died in Ternopil?</i> (was: At least 26.)", RetractionText.For(Before, DateTimeOffset.UnixEpoch), StringComparison.Ordinal);
    }
}
