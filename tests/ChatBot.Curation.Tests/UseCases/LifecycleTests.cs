using ChatBot.Core.Facts;
using ChatBot.Curation.Tests.Support;
using ChatBot.Telegram.Texts.Curation;

namespace ChatBot.Curation.Tests.UseCases;

public sealed class LifecycleTests : IDisposable
{
    private const string Question = "When did Donald Trump take office?";
    private readonly CurationStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task A_retired_fact_is_no_longer_an_answer_until_restored()
    {
        var retired = await _store.Lifecycle.RetireAsync("trump-took-office", CurationStore.Alice);

        Assert.Equal(FactStatus.Retired, retired.Value!.Status);
        Assert.NotEqual("trump-took-office", (await _store.Answerer.AnswerAsync(Question)).Fact?.Id);

        var restored = await _store.Lifecycle.RestoreAsync("trump-took-office", CurationStore.Bob);

        Assert.Equal(3, restored.Value!.Version);
        Assert.Equal("trump-took-office", (await _store.Answerer.AnswerAsync(Question)).Fact?.Id);
    }

    [Fact]
    public async Task Retiring_twice_or_restoring_an_active_fact_says_so()
    {
        await _store.Lifecycle.RetireAsync("trump-took-office", CurationStore.Alice);

        Assert.Contains("already retired", Assert.Single((await _store.Lifecycle.RetireAsync("trump-took-office", CurationStore.Alice)).Errors).Message, StringComparison.Ordinal);
        Assert.Contains("already active", Assert.Single((await _store.Lifecycle.RestoreAsync("delegation-head", CurationStore.Alice)).Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retiring_from_a_stale_version_is_refused()
    {
        await _store.Facts.EditAsync("trump-took-office", "A: January 2025.", CurationStore.Alice);

        var result = await _store.Lifecycle.RetireAsync("trump-took-office v1", CurationStore.Bob);

        Assert.Equal("Version", Assert.Single(result.Errors).Field);
        Assert.Equal(FactStatus.Active, (await _store.Store.GetFactAsync("trump-took-office"))!.Status);
    }

    [Fact]
    public async Task An_earlier_version_can_be_brought_back_as_a_new_version()
    {
        var original = (await _store.Store.GetFactAsync("trump-took-office"))!.Answer;
        await _store.Facts.EditAsync("trump-took-office", "A: Wrong answer.", CurationStore.Alice);

        var reverted = await _store.Lifecycle.RestoreAsync("trump-took-office v1", CurationStore.Bob);

        Assert.Equal(original, reverted.Value!.Answer);
        Assert.Equal(3, reverted.Value.Version);
        Assert.Equal(original, (await _store.Answerer.AnswerAsync(Question)).Fact!.Answer);
        Assert.Contains("has no v9", Assert.Single((await _store.Lifecycle.RestoreAsync("trump-took-office v9", CurationStore.Bob)).Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_lists_versions_newest_first_with_who_when_and_what_changed()
    {
        await _store.Facts.EditAsync("trump-took-office", "A: January 2025.", CurationStore.Alice);
        _store.Time.Advance(TimeSpan.FromHours(1));
        await _store.Lifecycle.RetireAsync("trump-took-office", CurationStore.Bob);

        var history = (await _store.Lifecycle.HistoryAsync("trump-took-office")).Value!;

        Assert.Equal([3, 2, 1], history.Select(h => h.Version));
        Assert.Equal(["retire", "edit", "seed"], history.Select(h => h.Action));
        Assert.Equal(["tg:1002 bob", "tg:1001 alice", "seed"], history.Select(h => h.ChangedBy));
        Assert.Equal("January 2025.", history[1].Snapshot.Answer);
        var html = CurationReplies.History(CuratorTexts.English, "trump-took-office", history);
        Assert.Contains("<b>v2</b> edit by tg:1001 alice, 2025-11-21 09:00 UTC — A", html, StringComparison.Ordinal);
        Assert.Contains("<b>v3</b> retire by tg:1002 bob, 2025-11-21 10:00 UTC — status", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_alias_makes_a_new_phrasing_find_the_fact()
    {
        const string phrasing = "Since when has the current American leader been in power?";
        Assert.NotEqual("trump-took-office", (await _store.Answerer.AnswerAsync(phrasing)).Fact?.Id);

        var result = await _store.Lifecycle.AliasAsync("trump-took-office " + phrasing, CurationStore.Alice);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Contains(phrasing, result.Value!.Alternates);
        Assert.Equal("trump-took-office", (await _store.Answerer.AnswerAsync(phrasing)).Fact?.Id);
    }

    [Fact]
    public async Task An_alias_needs_an_id_and_a_new_question()
    {
        Assert.Equal("question", Assert.Single((await _store.Lifecycle.AliasAsync("trump-took-office", CurationStore.Alice)).Errors).Field);
        Assert.Contains("already a question of fact 'trump-took-office'",
            Assert.Single((await _store.Lifecycle.AliasAsync("trump-took-office when did donald trump take office", CurationStore.Alice)).Errors).Message, StringComparison.Ordinal);
        Assert.Contains("no fact 'nope'", Assert.Single((await _store.Lifecycle.AliasAsync("nope Some question?", CurationStore.Alice)).Errors).Message, StringComparison.Ordinal);
    }
}
