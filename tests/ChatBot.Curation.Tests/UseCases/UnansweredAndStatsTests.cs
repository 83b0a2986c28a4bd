using ChatBot.Core.Conversations;
using ChatBot.Curation.Tests.Support;
using ChatBot.Telegram.Texts.Curation;

namespace ChatBot.Curation.Tests.UseCases;

public sealed class UnansweredAndStatsTests : IDisposable
{
    private readonly CurationStore _store = new();
    private long _update;

    public void Dispose() => _store.Dispose();

    private async Task AskAsync(string question, int times = 1, string? factId = null, double confidence = 0, string? chosen = null)
    {
        for (var i = 0; i < times; i++)
        {
            _store.Time.Advance(TimeSpan.FromMinutes(1));
            var id = await _store.QuestionLog.RecordAsync(new QuestionRecord(++_update, _store.Time.GetUtcNow(), 42, 7, "private",
                question, factId is not null && confidence >= 0.62, factId, confidence, []));
            if (chosen is not null)
            {
                await _store.QuestionLog.RecordChoiceAsync(id, 7, chosen, _store.Time.GetUtcNow());
            }
        }
    }

    [Fact]
    public async Task The_report_groups_phrasings_and_puts_the_most_asked_first_with_its_closest_facts()
    {
        await AskAsync("Who pays for the Patriot support?", 2);
        await AskAsync("who pays for the PATRIOT support", 1);
        await AskAsync("What is the weather in Kyiv?", 1);
        await AskAsync("When did Donald Trump take office?", 5, "trump-took-office", 0.99);

        var report = await _store.Unanswered.GetAsync(10);

        Assert.Equal(2, report.Count);
        Assert.Equal((3, "who pays for the PATRIOT support"), (report[0].Count, report[0].Text));
        Assert.Equal("patriot-package", report[0].Closest[0].Id);
        Assert.Equal(1, report[1].Count);
        var html = ReportReplies.Unanswered(CuratorTexts.English, report);
        Assert.Contains("“who pays for the PATRIOT support” — asked 3×", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_askers_chose_comes_first_among_the_closest_facts_but_is_not_offered_as_an_answer()
    {
        await AskAsync("Kellogg news?", 2, "kellogg-leaving", 0.65, chosen: "kellogg-reason");

        var item = Assert.Single(await _store.Unanswered.GetAsync(10));

        Assert.Null(item.SuggestedFactId);
        Assert.Equal("kellogg-reason", item.Closest[0].Id);
    }

    [Fact]
    public async Task A_near_miss_is_not_suggested_for_the_fact_the_matcher_only_guessed_and_the_report_says_none_states_it()
    {
        await AskAsync("How old is Dan Driscoll?");

        var item = Assert.Single(await _store.Unanswered.GetAsync(10));
        var html = ReportReplies.Unanswered(CuratorTexts.English, [item]);

        Assert.Null(item.SuggestedFactId);
        Assert.Contains("delegation-head", item.Closest.Select(c => c.Id));
        Assert.Contains("no fact answers this. The closest facts below do not state what was asked", html, StringComparison.Ordinal);
        Assert.Contains("\n   • <code>delegation-head</code> Who is leading the US delegation to Ukraine?", html, StringComparison.Ordinal);
        Assert.DoesNotContain("#1 → ", Buttons(item), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_the_bot_answers_at_low_confidence_is_suggested_for_the_fact_it_answers_with()
    {
        await AskAsync("why does ukriane call russias demands surender");

        var item = Assert.Single(await _store.Unanswered.GetAsync(10));

        Assert.Equal("moscow-rejects-ceasefire", item.SuggestedFactId);
        Assert.Empty(item.Closest);
        Assert.Contains("#1 → moscow-rejects-ceasefire", Buttons(item), StringComparison.Ordinal);
    }

    private static string Buttons(Core.Curation.Insights.UnansweredItem item) =>
        string.Join(" | ", Telegram.Commands.Admin.UnansweredButtons.For([item], CuratorTexts.English)!.InlineKeyboard.SelectMany(r => r).Select(b => b.Text));

    [Fact]
    public async Task Attaching_a_question_adds_it_as_an_alternate_and_takes_it_off_the_report()
    {
        await AskAsync("Who pays for the Patriot support?", 2);
        var item = Assert.Single(await _store.Unanswered.GetAsync(10));

        var result = await _store.Unanswered.AttachAsync(item.Handle, "patriot-package", CurationStore.Alice);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Contains("Who pays for the Patriot support?", result.Value!.Fact.Alternates);
        Assert.Empty(await _store.Unanswered.GetAsync(10));
        Assert.Equal("patriot-package", (await _store.Answerer.AnswerAsync("Who pays for the Patriot support?")).Fact?.Id);
        Assert.Equal("alias", _store.Scalar("SELECT resolution FROM curation_question_resolutions"));
        Assert.Contains("no longer in the report", Assert.Single((await _store.Unanswered.AttachAsync(item.Handle, "patriot-package", CurationStore.Bob)).Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dismissed_question_leaves_the_report_and_stays_out_when_asked_again()
    {
        await AskAsync("What is the weather in Kyiv?");
        var item = Assert.Single(await _store.Unanswered.GetAsync(10));

        Assert.True((await _store.Unanswered.DismissAsync(item.Handle, CurationStore.Alice)).Succeeded);
        await AskAsync("what is the weather in Kyiv");

        Assert.Empty(await _store.Unanswered.GetAsync(10));
        Assert.Equal("tg:1001 alice", _store.Scalar("SELECT actor FROM audit_log WHERE action = 'question-dismissed'"));
    }

    [Fact]
    public async Task A_question_the_store_now_answers_confidently_leaves_the_report_by_itself()
    {
        await AskAsync("How many were unalived in Ternopil?", 3);
        Assert.Single(await _store.Unanswered.GetAsync(10));

        await _store.Synonyms.AddAsync("unalived killed", CurationStore.Alice);

        Assert.Empty(await _store.Unanswered.GetAsync(10));
    }

    [Fact]
    public async Task Button_handles_fit_telegram_callback_data()
    {
        await AskAsync(new string('x', 900) + "?");

        var item = Assert.Single(await _store.Unanswered.GetAsync(10));

        Assert.True(System.Text.Encoding.UTF8.GetByteCount($"cur:a:{item.Handle}:{new string('f', 40)}") <= 64);
    }

    [Fact]
    public async Task Stats_count_questions_answers_top_facts_unanswered_and_subscribers()
    {
        await AskAsync("When did Donald Trump take office?", 3, "trump-took-office", 0.99);
        await AskAsync("Who leads the delegation?", 1, "delegation-head", 0.9);
        await AskAsync("What is the weather in Kyiv?", 4);
        await _store.Subscriptions.SubscribeAsync(42, ["*"]);

        var stats = await _store.Stats.GetAsync();

        Assert.Equal((8, 4, 50.0, 4, 1, 1), (stats.Asked, stats.Answered, stats.AnsweredPercent, stats.Unanswered, stats.OpenUnanswered, stats.Subscribers));
        Assert.Equal(("trump-took-office", 3), (stats.TopFacts[0].Count.FactId, stats.TopFacts[0].Count.Count));
        Assert.Equal((34, 0, 1), (stats.ActiveFacts, stats.RetiredFacts, stats.Sources));
        Assert.Contains("<b>Answered:</b> 4 (50%)", ReportReplies.Stats(CuratorTexts.English, stats), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_count_as_unanswered_only_the_questions_the_unanswered_report_lists()
    {
        await AskAsync("How many were unalived in Ternopil?", 3);
        await AskAsync("What is the weather in Kyiv?", 2);
        await _store.Synonyms.AddAsync("unalived killed", CurationStore.Alice);

        var stats = await _store.Stats.GetAsync();

        Assert.Equal((await _store.Unanswered.GetAsync(10)).Count, stats.OpenUnanswered);
        Assert.Equal((5, 1), (stats.Unanswered, stats.OpenUnanswered));
        Assert.Contains("<b>Unanswered:</b> 5 (1 distinct still without one, to review with /unanswered)", ReportReplies.Stats(CuratorTexts.English, stats),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_work_without_a_subscription_store()
    {
        var stats = new Core.Curation.Insights.CurationStats(new Storage.Curation.SqliteQuestionInsights(_store.Database),
            _store.Repository, _store.Store, _store.Unanswered);

        Assert.Equal(0, (await stats.GetAsync()).Subscribers);
    }
}
