using ChatBot.Curation.Tests.Support;

namespace ChatBot.Curation.Tests.UseCases;

public sealed class AlertTransactionTests : IDisposable
{
    private readonly CurationStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task A_changed_answer_enqueues_its_alert_with_the_change()
    {
        await _store.Subscriptions.SubscribeAsync(42, ["*"]);

        await _store.Facts.EditAsync("trump-took-office", "Notify: yes\nA: He took office on 20 January 2025.", CurationStore.Alice);

        Assert.Equal(("trump-took-office", 2L, "tg:1001 alice"), ((string)_store.Scalar("SELECT fact_id FROM alerts")!,
            (long)_store.Scalar("SELECT fact_version FROM alerts")!, (string)_store.Scalar("SELECT created_by FROM alerts")!));
        Assert.Equal(1L, _store.Count("deliveries"));
    }

    [Fact]
    public async Task A_changed_answer_without_notify_holds_its_alert_for_the_admins_choice()
    {
        await _store.Subscriptions.SubscribeAsync(42, ["*"]);

        var edited = await _store.Facts.EditAsync("trump-took-office", "A: He took office on 20 January 2025.", CurationStore.Alice);

        Assert.True(edited.Succeeded, string.Join("; ", edited.Errors));
        Assert.Equal(0L, _store.Count("alerts"));
    }

    [Fact]
    public async Task Notify_no_and_changes_that_keep_the_answer_enqueue_nothing()
    {
        await _store.Subscriptions.SubscribeAsync(42, ["*"]);

        var retagged = await _store.Facts.EditAsync("trump-took-office", "Tags: us-politics, dates", CurationStore.Alice);
        var silent = await _store.Facts.EditAsync("delegation-head", "Notify: no\nA: Silent change.", CurationStore.Alice);

        Assert.True(retagged.Succeeded, string.Join("; ", retagged.Errors));
        Assert.True(silent.Succeeded, string.Join("; ", silent.Errors));
        Assert.Equal(2, silent.Value!.Version);
        Assert.Equal(0L, _store.Count("alerts"));
    }
}
