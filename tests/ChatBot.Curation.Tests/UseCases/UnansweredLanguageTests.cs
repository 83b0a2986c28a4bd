using ChatBot.Core.Conversations;
using ChatBot.Curation.Tests.Support;
using ChatBot.Telegram.Texts.Curation;

namespace ChatBot.Curation.Tests.UseCases;

/// <summary>/unanswered shows the language each question was read in, and attaching one adds it in that language.</summary>
public sealed class UnansweredLanguageTests : IDisposable
{
    private const string Ukrainian = "скільки генералів приїхало";
    private readonly CurationStore _store = new();
    private long _update;

    public void Dispose() => _store.Dispose();

    private async Task AskAsync(string question, string? language, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _store.Time.Advance(TimeSpan.FromMinutes(1));
            await _store.QuestionLog.RecordAsync(new QuestionRecord(++_update, _store.Time.GetUtcNow(), 42, 7, "private",
                question, false, null, 0, [], language));
        }
    }

    [Fact]
    public async Task The_report_tags_each_question_with_the_language_it_was_read_in()
    {
        await AskAsync(Ukrainian, "uk", 3);
        await AskAsync("Was wollte Driscoll in Kiew?", "de", 2);
        await AskAsync("What is the weather in Kyiv?", "en");

        var report = await _store.Unanswered.GetAsync(10);

        Assert.Equal(["uk", "de", "en"], report.Select(i => i.Language));
        var html = ReportReplies.Unanswered(CuratorTexts.English, report);
        Assert.Contains($"<b>1.</b> [uk] “{Ukrainian}” — asked 3×", html, StringComparison.Ordinal);
        Assert.Contains("<b>2.</b> [de] “Was wollte Driscoll in Kiew?” — asked 2×", html, StringComparison.Ordinal);
        Assert.Contains("<b>3.</b> [en] “What is the weather in Kyiv?” — asked 1×", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_logged_before_the_log_kept_languages_is_tagged_by_its_own_letters()
    {
        await AskAsync(Ukrainian, null, 2);
        await AskAsync("What is the weather in Kyiv?", null);

        Assert.Equal(["uk", "en"], (await _store.Unanswered.GetAsync(10)).Select(i => i.Language));
    }

    [Theory]
    [InlineData(Ukrainian, "uk")]
    [InlineData("хто там з генералів", "uk")]
    [InlineData("Was wollte Driscoll in Kiew?", "de")]
    public async Task Attaching_a_question_in_another_language_adds_it_to_that_translation_not_to_the_english_alternates(string question, string language)
    {
        await AskAsync(question, language, 2);
        var item = Assert.Single(await _store.Unanswered.GetAsync(10));
        var before = (await _store.Store.GetFactAsync("delegation-members"))!;

        var result = await _store.Unanswered.AttachAsync(item.Handle, "delegation-members", CurationStore.Alice);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(language, result.Value!.Language);
        var after = (await _store.Store.GetFactAsync("delegation-members"))!;
        Assert.Equal(before.Alternates, after.Alternates);
        Assert.Equal(question, after.Translations.Single(t => t.Language == language).Questions[^1]);
        Assert.Empty(await _store.Unanswered.GetAsync(10));
        Assert.Equal("alias", _store.Scalar("SELECT resolution FROM curation_question_resolutions"));
        Assert.Equal("delegation-members", (await _store.Answerer.AnswerAsync(question, null, language)).Fact?.Id);
    }

    [Fact]
    public async Task A_question_the_translation_has_no_room_for_is_refused_and_stays_on_the_report()
    {
        for (var i = 0; i < 7; i++)
        {
            Assert.True((await _store.Lifecycle.AliasAsync($"delegation-members Q[uk]: Хто ще з Дрісколлом, варіант {i}?", CurationStore.Alice)).Succeeded);
        }
        await AskAsync(Ukrainian, "uk");
        var item = Assert.Single(await _store.Unanswered.GetAsync(10));

        var result = await _store.Unanswered.AttachAsync(item.Handle, "delegation-members", CurationStore.Alice);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Q[uk]", error.Field);
        Assert.Contains("has 10 uk questions; at most 10 per language", error.Message, StringComparison.Ordinal);
        Assert.Single(await _store.Unanswered.GetAsync(10));
        Assert.Equal(8, (await _store.Store.GetFactAsync("delegation-members"))!.Version);
    }
}
