using ChatBot.Curation.Tests.Support;
using ChatBot.Telegram.Texts.Curation;

namespace ChatBot.Curation.Tests.UseCases;

/// <summary>/alias &lt;id&gt; Q[xx]: &lt;question&gt; adds a question in that language, held to the rules of a Q[xx]: line.</summary>
public sealed class TranslatedAliasTests : IDisposable
{
    private const string Id = "delegation-head";
    private readonly CurationStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task A_tagged_alias_joins_the_questions_of_that_language_and_leaves_the_english_ones_alone()
    {
        var before = (await _store.Store.GetFactAsync(Id))!;

        var result = await _store.Lifecycle.AliasAsync($"{Id} Q[uk]: Хто на чолі американської делегації?", CurationStore.Alice);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var after = (await _store.Store.GetFactAsync(Id))!;
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal(before.Alternates, after.Alternates);
        Assert.Equal([.. before.Translations[0].Questions, "Хто на чолі американської делегації?"], after.Translations[0].Questions);
        Assert.Equal(before.Translations[0].Answer, after.Translations[0].Answer);
        Assert.Equal(before.Translations[1], after.Translations[1]);
        var history = (await _store.Lifecycle.HistoryAsync(Id)).Value!;
        Assert.Equal("alias", history[0].Action);
        Assert.Contains("— Q[uk]", CurationReplies.History(CuratorTexts.English, Id, history), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_language_the_fact_has_no_translation_in_gets_one_with_the_question_and_no_answer()
    {
        var result = await _store.Lifecycle.AliasAsync($"{Id} q[DE]: Wer leitet die US-Delegation in Kiew?", CurationStore.Alice);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var german = Assert.Single((await _store.Store.GetFactAsync(Id))!.Translations, t => t.Language == "de");
        Assert.Null(german.Answer);
        Assert.Equal(["Wer leitet die US-Delegation in Kiew?"], german.Questions);
    }

    [Fact]
    public async Task An_untagged_alias_and_a_plain_q_line_stay_english_alternates()
    {
        await _store.Lifecycle.AliasAsync($"{Id} Who fronts the Pentagon trip?", CurationStore.Alice);
        await _store.Lifecycle.AliasAsync($"{Id} Q: Who captains the Kyiv visit?", CurationStore.Alice);

        var fact = (await _store.Store.GetFactAsync(Id))!;

        Assert.Equal(["Who fronts the Pentagon trip?", "Who captains the Kyiv visit?"], fact.Alternates.TakeLast(2));
        Assert.Equal(3, fact.Translations[0].Questions.Count);
    }

    [Theory]
    [InlineData("Q[es]: ¿Quién dirige la delegación?", "Q[es]", "unknown language 'es'; use one of uk, ru, de, fr, or no tag for an English question")]
    [InlineData("Q[en]: Who fronts the trip?", "Q[en]", "unknown language 'en'")]
    [InlineData("Q[]: Хто це?", "Q[]", "unknown language ''")]
    [InlineData("A[uk]: Дрісколл.", "A[uk]", "/alias adds a question, written 'Q[xx]: …'; change a fact's A[uk] with /editfact")]
    [InlineData("Q[uk]:", "Q[uk]", "missing; use /alias <id> <question>")]
    [InlineData("Q[uk]: -", "Q[uk]", "'-' is not a question")]
    [InlineData("Q[uk]: Хто такий Ден Дрісколл?", "Q[uk]", "is already a question of fact 'delegation-head'")]
    [InlineData("Q[ru]: Who is leading the US delegation to Ukraine?", "Q[ru]", "is already a question of fact 'delegation-head'")]
    public async Task A_bad_tag_or_question_is_refused_with_a_specific_error_and_changes_nothing(string rest, string field, string message)
    {
        var before = (await _store.Store.GetFactAsync(Id))!;

        var result = await _store.Lifecycle.AliasAsync($"{Id} {rest}", CurationStore.Alice);

        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(before.Version, (await _store.Store.GetFactAsync(Id))!.Version);
    }

    [Fact]
    public async Task A_translated_alias_is_held_to_the_length_and_count_limits_of_q_lines()
    {
        var tooLong = await _store.Lifecycle.AliasAsync($"{Id} Q[uk]: " + new string('ї', 301), CurationStore.Alice);
        for (var i = 0; i < 7; i++)
        {
            Assert.True((await _store.Lifecycle.AliasAsync($"{Id} Q[uk]: Хто веде делегацію номер {i}?", CurationStore.Alice)).Succeeded);
        }

        var eleventh = await _store.Lifecycle.AliasAsync($"{Id} Q[uk]: Хто веде делегацію номер одинадцять?", CurationStore.Alice);

        Assert.Equal("is 301 characters; at most 300", Assert.Single(tooLong.Errors).Message);
        Assert.Contains("has 10 uk questions; at most 10 per language", Assert.Single(eleventh.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(10, (await _store.Store.GetFactAsync(Id))!.Translations[0].Questions.Count);
    }

    [Fact]
    public async Task A_translated_question_another_fact_owns_is_refused()
    {
        var result = await _store.Lifecycle.AliasAsync("delegation-members Q[ru]: Кто такой Дэн Дрисколл?", CurationStore.Alice);

        Assert.Contains("already a question of fact 'delegation-head'", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }
}
