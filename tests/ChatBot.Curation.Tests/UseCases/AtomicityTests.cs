using ChatBot.Core.Curation;
using ChatBot.Core.Facts;
using ChatBot.Curation.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ChatBot.Curation.Tests.UseCases;

public sealed class AtomicityTests : IDisposable
{
    private readonly CurationStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Two_admins_editing_the_same_version_at_once_one_wins_and_the_other_is_refused()
    {
        var edits = await Task.WhenAll(
            Task.Run(() => _store.Facts.EditAsync("trump-took-office v1", "A: Alice's answer.", CurationStore.Alice)),
            Task.Run(() => _store.Facts.EditAsync("trump-took-office v1", "A: Bob's answer.", CurationStore.Bob)));

        var winner = Assert.Single(edits, e => e.Succeeded);
        var loser = Assert.Single(edits, e => !e.Succeeded);
        Assert.Equal("Version", Assert.Single(loser.Errors).Field);
        Assert.Equal(winner.Value!.Answer, (await _store.Store.GetFactAsync("trump-took-office"))!.Answer);
        Assert.Equal(2L, _store.Scalar("SELECT COUNT(*) FROM fact_versions WHERE fact_id = 'trump-took-office'"));
    }

    [Fact]
    public async Task A_write_failing_halfway_leaves_fact_index_versions_audit_and_revision_as_they_were()
    {
        var before = (await _store.Repository.GetFactAsync("trump-took-office"))!;
        var revision = await _store.Store.GetRevisionAsync();
        var (versions, audits) = (_store.Count("fact_versions"), _store.Count("audit_log"));
        // The quote's source does not exist: the foreign key fails after the fact row was already updated.
        var broken = before with { Answer = "Half-written.", Version = 2, Quotes = [new Quote("ghost-source", "text")] };

        await Assert.ThrowsAsync<SqliteException>(() => _store.Repository.UpdateFactAsync(new FactUpdate(broken, 1), "edit"));

        var after = (await _store.Repository.GetFactAsync("trump-took-office"))!;
        Assert.True(FactContent.Same(before, after));
        Assert.Equal(1, after.Version);
        Assert.Equal(revision, await _store.Store.GetRevisionAsync());
        Assert.Equal((versions, audits), (_store.Count("fact_versions"), _store.Count("audit_log")));
        Assert.Equal("trump-took-office", (await _store.Answerer.AnswerAsync("When did Donald Trump take office?")).Fact?.Id);
    }
}
