using System.Diagnostics;
using ChatBot.Core.Answering;
using ChatBot.Core.Curation;
using ChatBot.Core.Facts;
using ChatBot.Core.Languages;
using ChatBot.Core.Matching;
using ChatBot.Core.Privacy;
using ChatBot.Storage.Postgres;
using ChatBot.Storage.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Storage.Tests.Replicas;

/// <summary>A curator's change through one replica, as every other replica answers it.</summary>
[Collection(OnPostgres.Name)]
public sealed class ReplicaFreshnessTests(PostgresCluster cluster) : IDisposable
{
    private readonly PostgresStoreSet _a = new(cluster);

    public void Dispose() => _a.Dispose();

    [Fact]
    public async Task An_edit_through_one_replica_is_answered_by_another_within_one_second()
    {
        using var b = _a.Replica("replica-b");
        var curator = _a.Get<ICurationRepository>();
        await curator.AddSourceAsync(TestData.Source(), TestData.Admin);
        await curator.AddFactAsync(TestData.Toll(_a.Clock.GetUtcNow()), "add");
        var store = b.Get<IFactStore>();
        using var indexes = new MatchIndexProvider(store);
        var answerer = new QuestionAnswerer(store, indexes, new Matcher(new MatcherOptions()));
        Assert.Equal("At least 26.", (await answerer.AnswerAsync("How many died in Ternopil?")).Fact?.Answer);

        var edited = TestData.Toll(_a.Clock.GetUtcNow()) with { Answer = "At least 27.", Version = 2 };
        Assert.Equal(WriteStatus.Saved, (await curator.UpdateFactAsync(new FactUpdate(edited, 1), "edit")).Status);
        var clock = Stopwatch.StartNew();
        string? answer;
        do
        {
            answer = (await answerer.AnswerAsync("How many died in Ternopil?")).Fact?.Answer;
        }
        while (answer != "At least 27." && clock.Elapsed < TimeSpan.FromSeconds(1));

        Assert.Equal("At least 27.", answer);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"served after {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task A_replica_reuses_the_revision_it_read_for_a_moment_but_reads_its_own_change_at_once()
    {
        var clock = new FakeTimeProvider();
        using var w = _a.Replica("replica-w", clock);
        await _a.Get<ICurationRepository>().AddSourceAsync(TestData.Source(), TestData.Admin);
        var revisions = w.Get<IFactStore>();
        var before = await revisions.GetRevisionAsync();

        await _a.Get<ICurationRepository>().AddFactAsync(TestData.Toll(_a.Clock.GetUtcNow()), "add");
        var reused = await revisions.GetRevisionAsync();
        clock.Advance(RevisionWatch.Reuse);
        var seen = await revisions.GetRevisionAsync();
        var edited = TestData.Toll(_a.Clock.GetUtcNow()) with { Answer = "At least 27.", Version = 2 };
        Assert.Equal(WriteStatus.Saved, (await w.Get<ICurationRepository>().UpdateFactAsync(new FactUpdate(edited, 1), "edit")).Status);
        var own = await revisions.GetRevisionAsync();

        Assert.Equal(before, reused);
        Assert.True(seen > before, $"another replica's change unseen after the reuse window ({seen} vs {before})");
        Assert.True(own > seen, $"its own change unseen at once ({own} vs {seen})");
    }

    [Fact]
    public async Task A_language_chosen_through_one_replica_is_read_by_another_once_its_reuse_window_ends()
    {
        var clock = new FakeTimeProvider();
        using var w = _a.Replica("replica-w", clock);
        var languages = w.Get<IUserLanguages>();
        var before = await languages.GetAsync(7);

        await _a.Get<IUserLanguages>().SetAsync(7, "uk", _a.Clock.GetUtcNow());
        var reused = await languages.GetAsync(7);
        clock.Advance(RevisionWatch.Reuse);
        var seen = await languages.GetAsync(7);
        await languages.SetAsync(7, "ru", _a.Clock.GetUtcNow());
        var own = await languages.GetAsync(7);

        Assert.Equal((null, null, "uk", "ru"), (before, reused, seen, own));
    }

    [Fact]
    public async Task A_user_forgotten_through_one_replica_loses_their_language_on_another_once_its_reuse_window_ends()
    {
        var clock = new FakeTimeProvider();
        using var w = _a.Replica("replica-w", clock);
        var languages = w.Get<IUserLanguages>();
        await _a.Get<IUserLanguages>().SetAsync(7, "ru", _a.Clock.GetUtcNow());
        var before = await languages.GetAsync(7);

        await _a.Get<IPrivacyStore>().ForgetUserAsync(7);
        clock.Advance(RevisionWatch.Reuse);

        Assert.Equal(("ru", null), (before, await languages.GetAsync(7)));
    }
}
