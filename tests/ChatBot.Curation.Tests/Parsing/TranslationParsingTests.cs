using ChatBot.Core.Curation.Parsing;
using ChatBot.Core.Facts;
using ChatBot.Curation.Tests.Support;

namespace ChatBot.Curation.Tests.Parsing;

public sealed class TranslationParsingTests
{
    [Fact]
    public void Q_and_A_lines_with_a_language_tag_give_the_fact_translations_in_language_order()
    {
        var result = FactMessageParser.ParseNew(Samples.PointsFact + """

            A[ru]: После переговоров в Женеве в пересмотренной рамке 19 пунктов.
            Q[ru]: Сколько пунктов в пересмотренном мирном плане?
            Q[uk]: Скільки пунктів у переглянутому мирному плані?
            Q[uk]: Яка довжина женевського плану?
            A[uk]: Після переговорів у Женеві переглянута рамка має 19 пунктів.
            """);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var draft = result.Value!;
        Assert.Equal([Samples.PointsQuestion, "How long is the revised Geneva plan?"], draft.Questions);
        Assert.Equal("After the Geneva talks the revised framework has 19 points.", draft.Answer);
        Assert.Equal(
        [
            new FactTranslation("uk", "Після переговорів у Женеві переглянута рамка має 19 пунктів.",
                ["Скільки пунктів у переглянутому мирному плані?", "Яка довжина женевського плану?"]),
            new FactTranslation("ru", "После переговоров в Женеве в пересмотренной рамке 19 пунктов.",
                ["Сколько пунктов в пересмотренном мирном плане?"]),
        ], draft.Translations);
    }

    [Fact]
    public void An_unknown_language_tag_is_refused_naming_the_line_and_the_languages()
    {
        var result = FactMessageParser.ParseNew(Samples.PointsFact + "\nA[es]: Tras las conversaciones hay 19 puntos.");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("A[es]", error.Field);
        Assert.Contains("line 8", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown language 'es'", error.Message, StringComparison.Ordinal);
        Assert.Contains("uk, ru, de, fr", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tag_on_a_field_that_is_not_translated_is_refused()
    {
        var result = FactMessageParser.ParseNew(Samples.PointsFact + "\nQuote[uk]: Переглянута рамка містить 19 пунктів");

        var error = Assert.Single(result.Errors);
        Assert.Equal("Quote[uk]", error.Field);
        Assert.Contains("takes no language tag", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translated_answer_without_the_english_answer_is_refused_naming_its_line()
    {
        var body = string.Join('\n', Samples.PointsFact.Split('\n').Where(l => !l.StartsWith("A:", StringComparison.Ordinal)))
            + "\nA[uk]: Після переговорів у Женеві переглянута рамка має 19 пунктів.";

        var result = FactMessageParser.ParseNew(body);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors, e => e.Field == "A[uk]");
        Assert.Contains("on line 7", error.Message, StringComparison.Ordinal);
        Assert.Contains("'A: …'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_replaces_one_language_and_removes_another_with_a_dash()
    {
        var result = FactMessageParser.ParseEdit("points v2", """
            A[uk]: -
            Q[ru]: Сколько пунктов в плане?
            A[de]: Nach den Genfer Gesprächen hat der überarbeitete Rahmen 19 Punkte.
            """);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var edit = result.Value!;
        Assert.Null(edit.Answer);
        Assert.Null(edit.Questions);
        Assert.Equal(
        [
            new TranslationEdit("uk", TranslationEdit.Remove, null),
            new TranslationEdit("ru", null, ["Сколько пунктов в плане?"]),
            new TranslationEdit("de", "Nach den Genfer Gesprächen hat der überarbeitete Rahmen 19 Punkte.", null),
        ], edit.Translations, new TranslationEditComparer());
        var current = new[]
        {
            new FactTranslation("uk", "Є 19 пунктів.", ["Скільки пунктів?"]),
            new FactTranslation("ru", "19 пунктов.", ["Старый вопрос?"]),
        };
        var after = TranslationEdit.ApplyAll(current, edit.Translations);
        Assert.Equal(
        [
            new FactTranslation("uk", null, ["Скільки пунктів?"]),
            new FactTranslation("ru", "19 пунктов.", ["Сколько пунктов в плане?"]),
            new FactTranslation("de", "Nach den Genfer Gesprächen hat der überarbeitete Rahmen 19 Punkte.", []),
        ], after);
    }

    [Fact]
    public void A_dash_in_a_new_fact_and_a_translated_question_given_twice_are_refused()
    {
        var result = FactMessageParser.ParseNew(Samples.PointsFact + """

            A[uk]: -
            Q[ru]: Сколько пунктов?
            Q[ru]: сколько пунктов
            """);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Field == "A[uk]" && e.Message.Contains("only /editfact", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Field == "Q[ru]" && e.Message.Contains("given twice", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bracketed_label_that_is_no_field_stays_text_of_the_field_above()
    {
        var result = FactMessageParser.ParseEdit("points", "A: The framework has 19 points.\nNote[1]: as revised in Geneva.");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal("The framework has 19 points.\nNote[1]: as revised in Geneva.", result.Value!.Answer);
        Assert.Empty(result.Value.Translations);
    }

    private sealed class TranslationEditComparer : IEqualityComparer<TranslationEdit>
    {
        public bool Equals(TranslationEdit? x, TranslationEdit? y) =>
            x is not null && y is not null && x.Language == y.Language && x.Answer == y.Answer
            && (x.Questions is null ? y.Questions is null : y.Questions is not null && x.Questions.SequenceEqual(y.Questions));

        public int GetHashCode(TranslationEdit obj) => obj.Language.GetHashCode(StringComparison.Ordinal);
    }
}
