using ChatBot.Curation.Tests.Support;

namespace ChatBot.Curation.Tests.EndToEnd;

/// <summary>
/// A fact a curator adds in English is found by questions in Ukrainian and Russian, with no translation stored; a fact
/// with a curated translation into the asker's language is answered in it.
/// </summary>
public sealed class OtherLanguageTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await CuratorBot.StartAsync();
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("Скільки пунктів має переглянутий мирний план?", "uk", "Відповідь англійською")]
    [InlineData("Сколько пунктов в пересмотренном мирном плане?", "ru", "Ответ на английском")]
    public async Task A_fact_added_in_english_only_is_found_by_a_paraphrase_in_ukrainian_or_russian(string question, string language, string note)
    {
        Assert.Contains("Source added", (await _bot.AskAsync(Admin, "/addsource\n" + Samples.GenevaSource)).Text, StringComparison.Ordinal);
        Assert.Contains("Fact many-points-revised-peace-framework", (await _bot.AskAsync(Admin, "/addfact\n" + Samples.PointsFact)).Text, StringComparison.Ordinal);
        var user = _bot.Fake.CreateUser(languageCode: language);

        var reply = await _bot.AskAsync(user.Id, question);

        Assert.StartsWith(note, reply.Text, StringComparison.Ordinal);
        Assert.Contains("19 points", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ukrainian_question_a_curator_attached_to_a_fact_is_answered_with_it_when_asked_again()
    {
        const string question = "а що там із тим відрядженням";
        var alias = await _bot.AskAsync(BotHarness.AdminId, "/alias delegation-members " + question);
        Assert.Contains("has a new alternate question", alias.Text, StringComparison.Ordinal);
        var user = _bot.Fake.CreateUser(languageCode: "uk");

        var reply = await _bot.AskAsync(user.Id, question);

        // The seed translates the fact: its Ukrainian answer, the quote verbatim in English.
        Assert.DoesNotContain("Відповідь англійською", reply.Text, StringComparison.Ordinal);
        Assert.Contains("генерал Ренді Джордж", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Gen Randy George", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ukrainian_asker_gets_a_seeded_facts_ukrainian_answer_with_the_english_quote_verbatim()
    {
        var user = _bot.Fake.CreateUser(languageCode: "uk");

        var reply = await _bot.AskAsync(user.Id, "Хто очолює делегацію США в Україні?");

        Assert.DoesNotContain("Відповідь англійською", reply.Text, StringComparison.Ordinal);
        Assert.StartsWith("Делегацію Пентагону в Україні очолює міністр армії США Ден Дрісколл.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Heading the delegation is US Army Secretary Dan Driscoll", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("US Army Secretary Dan Driscoll heads the Pentagon delegation", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fact_added_with_a_russian_answer_is_answered_in_russian_to_a_russian_asker_and_in_english_to_a_ukrainian_one()
    {
        Assert.Contains("Source added", (await _bot.AskAsync(Admin, "/addsource\n" + Samples.GenevaSource)).Text, StringComparison.Ordinal);
        var added = await _bot.AskAsync(Admin, "/addfact\n" + Samples.PointsFact + "\nA[ru]: После переговоров в Женеве в пересмотренной рамочной программе 19 пунктов.");
        Assert.Contains("A[ru]:", added.Text, StringComparison.Ordinal);
        var russian = _bot.Fake.CreateUser(languageCode: "ru");
        var ukrainian = _bot.Fake.CreateUser(languageCode: "uk");

        var inRussian = await _bot.AskAsync(russian.Id, "Сколько пунктов в пересмотренном мирном плане?");
        var inUkrainian = await _bot.AskAsync(ukrainian.Id, "Скільки пунктів має переглянутий мирний план?");

        Assert.StartsWith("После переговоров в Женеве в пересмотренной рамочной программе 19 пунктов.", inRussian.Text, StringComparison.Ordinal);
        Assert.Contains("The revised framework now contains 19 points", inRussian.Text, StringComparison.Ordinal);
        Assert.StartsWith("Відповідь англійською", inUkrainian.Text, StringComparison.Ordinal);
        Assert.Contains("After the Geneva talks the revised framework has 19 points.", inUkrainian.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_language_tag_changes_nothing_and_the_fact_shows_its_translations_to_a_curator()
    {
        Assert.Contains("Source added", (await _bot.AskAsync(Admin, "/addsource\n" + Samples.GenevaSource)).Text, StringComparison.Ordinal);

        var refused = await _bot.AskAsync(Admin, "/addfact\n" + Samples.PointsFact + "\nA[xx]: Nope.");
        var shown = await _bot.AskAsync(Admin, "/fact delegation-head");

        Assert.Contains("unknown language 'xx'", refused.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("many-points-revised-peace-framework", (await _bot.AskAsync(Admin, "/facts")).Text, StringComparison.Ordinal);
        Assert.Contains("A[uk]: Делегацію Пентагону в Україні очолює міністр армії США Ден Дрісколл.", shown.Text, StringComparison.Ordinal);
        Assert.Contains("Q[ru]: Кто такой Дэн Дрисколл?", shown.Text, StringComparison.Ordinal);
    }
}
