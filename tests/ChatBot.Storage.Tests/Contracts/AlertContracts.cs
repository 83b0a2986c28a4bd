using ChatBot.Core.Alerts;
using ChatBot.Core.Curation;
using ChatBot.Core.Languages;
using ChatBot.Storage.Tests.Support;

namespace ChatBot.Storage.Tests.Contracts;

/// <summary>ISubscriptionStore.</summary>
public abstract class SubscriptionStoreContract(StoreSet stores) : StoreContract(stores)
{
    [Fact]
    public async Task Topics_are_added_and_removed_and_everything_replaces_them()
    {
        var store = Stores.Get<ISubscriptionStore>();

        var first = await store.SubscribeAsync(1, ["ceasefire", "delegation"]);
        var again = await store.SubscribeAsync(1, ["ceasefire"]);
        var removed = await store.UnsubscribeAsync(1, ["delegation", "unknown"]);
        var all = await store.SubscribeAsync(2, []);
        await store.SubscribeAsync(2, ["ceasefire"]);
        var none = await store.UnsubscribeAsync(3, []);

        Assert.Equal(["ceasefire", "delegation"], first.Added);
        Assert.Empty(again.Added);
        Assert.Equal(["delegation"], removed.Removed);
        Assert.Equal(["ceasefire"], removed.Now!.Subscriptions.Select(s => s.Tag));
        Assert.Equal([Subscription.All], all.Added);
        Assert.Null(none.Now);
        Assert.Equal(2, await store.CountActiveAsync());
        Assert.Equal(["*", "ceasefire"], (await store.GetAsync(2))!.Subscriptions.Select(s => s.Tag));
        await store.SubscribeAsync(3, []);
        Assert.Equal(3, await store.CountActiveAsync());
        await store.SubscribeAsync(2, []);
        Assert.Equal(["*"], (await store.GetAsync(2))!.Subscriptions.Select(s => s.Tag));
    }

    [Fact]
    public async Task A_blocked_chat_is_deactivated_and_subscribing_again_reactivates_it()
    {
        var store = Stores.Get<ISubscriptionStore>();
        await store.SubscribeAsync(1, []);

        await store.DeactivateAsync(1, "403 blocked");
        var deactivated = await store.GetAsync(1);
        var activeWhileBlocked = await store.CountActiveAsync();
        var back = await store.SubscribeAsync(1, []);

        Assert.Equal((false, "403 blocked"), (deactivated!.Active, deactivated.DeactivatedReason));
        Assert.Equal(0, activeWhileBlocked);
        Assert.True(back.Reactivated);
        Assert.True(back.Now!.Active);
    }

    [Fact]
    public async Task A_subscribers_language_is_stored_and_its_alerts_are_written_in_it()
    {
        var store = Stores.Get<ISubscriptionStore>();
        await store.SubscribeAsync(1, []);
        await store.SubscribeAsync(2, []);
        await store.SubscribeAsync(3, []);
        await store.SubscribeAsync(4, []);

        await store.SetLanguageAsync(1, "uk");
        await store.SetLanguageAsync(2, "uk");
        await store.SetLanguageAsync(2, "ru");          // the last language spoken wins
        await store.SetLanguageAsync(4, "en");
        await store.SetLanguageAsync(9, "uk");          // not a subscriber: nothing to store
        await store.SubscribeAsync(1, ["ceasefire"]);   // subscribing again keeps the language
        await Stores.Get<IAlertOutbox>().EnqueueBroadcastAsync("Talks resume on Monday.", "tg:1 Admin");

        var due = (await Stores.Get<IAlertOutbox>().GetDueAsync(Now, 10)).ToDictionary(d => d.ChatId);
        Assert.Null(await store.GetAsync(9));
        Assert.Equal(4, due.Count);
        Assert.Equal(("<b>" + AlertTexts.For("uk").Announcement + "</b>\n\nTalks resume on Monday.", "uk"), (due[1].Html, due[1].Language));
        Assert.Equal(("<b>" + AlertTexts.For("ru").Announcement + "</b>\n\nTalks resume on Monday.", "ru"), (due[2].Html, due[2].Language));
        Assert.Equal(("<b>" + AlertTexts.English.Announcement + "</b>\n\nTalks resume on Monday.", null), (due[3].Html, due[3].Language));
        Assert.Equal(("<b>" + AlertTexts.English.Announcement + "</b>\n\nTalks resume on Monday.", null), (due[4].Html, due[4].Language));
    }
}

/// <summary>IAlertOutbox and IHeldAlerts: fan-out, leased claims, guarded outcomes.</summary>
public abstract class AlertOutboxContract(StoreSet stores) : StoreContract(stores)
{
    private IAlertOutbox Outbox => Stores.Get<IAlertOutbox>();

    private async Task SubscribeAsync()
    {
        var subscriptions = Stores.Get<ISubscriptionStore>();
        await subscriptions.SubscribeAsync(1, []);                // everything
        await subscriptions.SubscribeAsync(2, ["casualties"]);    // the fact's tag
        await subscriptions.SubscribeAsync(3, ["us-politics"]);   // another topic
        await subscriptions.SubscribeAsync(4, ["casualties"]);
        await subscriptions.DeactivateAsync(4, "403 blocked");
    }

    private async Task AddTollAsync()
    {
        var repository = Stores.Get<ICurationRepository>();
        await repository.AddSourceAsync(TestData.Source(), TestData.Admin);
        await repository.AddFactAsync(TestData.Toll(Now), "add");
    }

    [Fact]
    public async Task A_new_fact_alerts_the_active_subscribers_of_its_topics_once_each()
    {
        await SubscribeAsync();
        await AddTollAsync();

        var alert = Assert.Single(await Outbox.GetRecentAsync(10));
        var deliveries = await Outbox.GetDeliveriesAsync(alert.AlertId);

        Assert.Equal((AlertKind.FactChange, "toll", 2), (alert.Kind, alert.FactId, alert.Queued));
        Assert.Equal([1L, 2L], deliveries.Select(d => d.ChatId));
        Assert.All(deliveries, d => Assert.Equal(DeliveryState.Queued, d.State));
        var due = await Outbox.GetDueAsync(Now, 10);
        Assert.Equal(2, due.Count);
        Assert.Contains("At least 26.", due[0].Html, StringComparison.Ordinal);
        Assert.Equal("toll", due[0].FactId);
        Assert.Equal(Now.ToUnixTimeMilliseconds(), (await Outbox.GetNextDueAsync())!.Value.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task A_delivery_takes_the_text_in_its_chats_language_else_English()
    {
        await SubscribeAsync();
        var subscriptions = Stores.Get<ISubscriptionStore>();
        await subscriptions.SubscribeAsync(5, ["casualties"]);
        await subscriptions.SetLanguageAsync(1, "uk");                         // subscribed in Ukrainian
        await subscriptions.SetLanguageAsync(2, "uk");
        await Stores.Get<IUserLanguages>().SetAsync(2, "ru", Now);            // a private chat's /language choice comes first
        await Stores.Get<IUserLanguages>().SetAsync(5, "de", Now);            // no German alerts: English
        await AddTollAsync();
        var repository = Stores.Get<ICurationRepository>();
        await repository.UpdateFactAsync(new FactUpdate(TestData.Toll(Now) with { Answer = "At least 27.", Version = 2 }, 1), "edit");

        var due = await Outbox.GetDueAsync(Now, 10);

        Assert.Equal([1L, 2L, 5L, 1L, 2L, 5L], due.Select(d => d.ChatId));
        Assert.All(due, d => Assert.Equal("toll", d.FactId));
        Assert.Equal(["uk", "ru", null, "uk", "ru", null], due.Select(d => d.Language));
        Assert.StartsWith("<b>" + AlertTexts.For("uk").Update, due[0].Html, StringComparison.Ordinal);
        Assert.StartsWith("<b>" + AlertTexts.For("ru").Update, due[1].Html, StringComparison.Ordinal);
        Assert.StartsWith("<b>" + AlertTexts.English.Update, due[2].Html, StringComparison.Ordinal);
        Assert.All(due.Take(3), d => Assert.Contains("At least 26.", d.Html, StringComparison.Ordinal));
        Assert.Contains(AlertTexts.For("uk").Was + "At least 26.", due[3].Html, StringComparison.Ordinal);
        Assert.Contains(AlertTexts.For("ru").Was + "At least 26.", due[4].Html, StringComparison.Ordinal);
        Assert.Contains(AlertTexts.English.Was + "At least 26.", due[5].Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_is_taken_once_and_only_its_own_lease_records_the_outcome()
    {
        await SubscribeAsync();
        var broadcast = await Outbox.EnqueueBroadcastAsync("Talks resume on Monday.", "tg:1 Admin");
        var id = (await Outbox.GetDeliveriesAsync(broadcast.AlertId))[0].Id;
        var lease = Now.AddMinutes(5);

        Assert.Equal(3, broadcast.Recipients);
        Assert.True(await Outbox.TryClaimAsync(id, lease));
        Assert.False(await Outbox.TryClaimAsync(id, lease.AddSeconds(1)));
        await Outbox.MarkSentAsync(id, lease.AddSeconds(1), 500, Now);           // not this claim's lease: ignored
        Assert.Equal(DeliveryState.Sending, (await Outbox.GetDeliveriesAsync(broadcast.AlertId))[0].State);
        await Outbox.MarkSentAsync(id, lease, 501, Now);

        var delivery = (await Outbox.GetDeliveriesAsync(broadcast.AlertId))[0];
        Assert.Equal((DeliveryState.Sent, 1), (delivery.State, delivery.Attempts));
        Assert.Equal(2, (await Outbox.GetDueAsync(Now, 10)).Count);
    }

    [Fact]
    public async Task An_alert_waiting_for_a_retry_is_not_sent_after_a_newer_alert_of_its_fact_and_says_why()
    {
        await SubscribeAsync();
        await AddTollAsync();
        var first = (await Outbox.GetRecentAsync(10))[0].AlertId;
        var toChat1 = (await Outbox.GetDeliveriesAsync(first)).Single(d => d.ChatId == 1).Id;
        var lease = Now.AddMinutes(1);
        Assert.True(await Outbox.TryClaimAsync(toChat1, lease));
        await Outbox.ReleaseAsync(toChat1, lease, Now.AddSeconds(30), "500 Internal Server Error", countAttempt: true); // to be retried
        var repository = Stores.Get<ICurationRepository>();
        await repository.UpdateFactAsync(new FactUpdate(TestData.Toll(Now) with { Answer = "At least 27.", Version = 2 }, 1), "edit");
        var second = (await Outbox.GetRecentAsync(10))[0].AlertId;
        var newerToChat1 = (await Outbox.GetDeliveriesAsync(second)).Single(d => d.ChatId == 1).Id;
        var broadcast = await Outbox.EnqueueBroadcastAsync("Talks resume on Monday.", "tg:1 Admin");

        Assert.True(await Outbox.TryClaimAsync(newerToChat1, lease));
        Assert.False(await Outbox.TryClaimAsync(toChat1, lease));
        var older = (await Outbox.GetDeliveriesAsync(first)).Single(d => d.Id == toChat1);
        Assert.Equal((DeliveryState.Cancelled, "not sent: a newer alert of this fact replaced it"), (older.State, older.LastError));
        // Only alerts of the same fact: a broadcast queued meanwhile still goes.
        Assert.True(await Outbox.TryClaimAsync((await Outbox.GetDeliveriesAsync(broadcast.AlertId)).Single(d => d.ChatId == 1).Id, lease));
    }

    [Fact]
    public async Task An_expired_claim_is_requeued_and_its_late_outcome_is_ignored()
    {
        await SubscribeAsync();
        var broadcast = await Outbox.EnqueueBroadcastAsync("Hello.", "tg:1 Admin");
        var id = (await Outbox.GetDeliveriesAsync(broadcast.AlertId))[0].Id;
        var lease = Now.AddMinutes(1);
        await Outbox.TryClaimAsync(id, lease);

        Assert.Equal(0, await Outbox.RequeueExpiredAsync(Now, 5));
        Assert.Equal(1, await Outbox.RequeueExpiredAsync(lease, 5));
        await Outbox.MarkFailedAsync(id, lease, "late");

        var delivery = (await Outbox.GetDeliveriesAsync(broadcast.AlertId))[0];
        Assert.Equal((DeliveryState.Queued, 1), (delivery.State, delivery.Attempts));
        Assert.True(await Outbox.TryClaimAsync(id, lease.AddMinutes(1)));
        await Outbox.ReleaseAsync(id, lease.AddMinutes(1), Now.AddSeconds(30), "429", countAttempt: false);
        delivery = (await Outbox.GetDeliveriesAsync(broadcast.AlertId))[0];
        Assert.Equal((DeliveryState.Queued, 1, "429"), (delivery.State, delivery.Attempts, delivery.LastError));
        Assert.Equal(Now.AddSeconds(30).ToUnixTimeMilliseconds(), delivery.NextAttemptAt.ToUnixTimeMilliseconds());
        await Outbox.DeferAsync(id, Now.AddMinutes(10));
        Assert.Equal(Now.AddMinutes(10).ToUnixTimeMilliseconds(), (await Outbox.GetDeliveriesAsync(broadcast.AlertId))[0].NextAttemptAt.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task A_restart_requeues_interrupted_sends_whose_lease_expired_and_fails_those_out_of_attempts()
    {
        await SubscribeAsync();
        var broadcast = await Outbox.EnqueueBroadcastAsync("Hello.", "tg:1 Admin");
        var ids = (await Outbox.GetDeliveriesAsync(broadcast.AlertId)).Select(d => d.Id).ToList();
        await Outbox.TryClaimAsync(ids[0], Now.AddMinutes(5));
        await Outbox.TryClaimAsync(ids[1], Now.AddMinutes(5));
        await Outbox.ReleaseAsync(ids[1], Now.AddMinutes(5), Now, "5xx", countAttempt: true);
        await Outbox.TryClaimAsync(ids[1], Now.AddMinutes(6));
        Stores.Clock.Advance(TimeSpan.FromMinutes(7));

        Assert.Equal(1, await Outbox.RecoverInterruptedAsync(maxAttempts: 2));

        var states = (await Outbox.GetDeliveriesAsync(broadcast.AlertId)).Select(d => d.State).ToList();
        Assert.Equal([DeliveryState.Queued, DeliveryState.Failed, DeliveryState.Queued], states);
    }

    [Fact]
    public async Task A_blocked_chat_closes_its_queued_alerts_and_an_unsubscribe_cancels_what_no_topic_covers()
    {
        await SubscribeAsync();
        await AddTollAsync();
        var broadcast = await Outbox.EnqueueBroadcastAsync("Hello.", "tg:1 Admin");
        var toChat1 = (await Outbox.GetDeliveriesAsync(broadcast.AlertId)).Single(d => d.ChatId == 1).Id;
        var lease = Now.AddMinutes(5);
        await Outbox.TryClaimAsync(toChat1, lease);

        await Outbox.MarkBlockedAsync(toChat1, lease, 1, "403 blocked");
        var unsubscribed = await Stores.Get<ISubscriptionStore>().UnsubscribeAsync(2, ["casualties"]);

        var all = (await Outbox.GetRecentAsync(10)).Single(a => a.Kind == AlertKind.FactChange);
        Assert.Equal((0, 1, 1), (all.Queued, all.Blocked, all.Cancelled));
        Assert.Equal(2, unsubscribed.Cancelled); // the fact alert and the broadcast: chat 2 follows nothing now
        Assert.False((await Stores.Get<ISubscriptionStore>().GetAsync(1))!.Active);
        var toChat3 = (await Outbox.GetDeliveriesAsync(broadcast.AlertId)).Single(d => d.ChatId == 3).Id;
        await Stores.Get<ISubscriptionStore>().UnsubscribeAsync(3, []);
        Assert.False(await Outbox.TryClaimAsync(toChat3, lease));
        Assert.Equal(DeliveryState.Cancelled, (await Outbox.GetDeliveriesAsync(broadcast.AlertId)).Single(d => d.Id == toChat3).State);
    }

    [Fact]
    public async Task A_held_alert_is_sent_once_and_only_for_the_version_the_admin_saw()
    {
        await SubscribeAsync();
        await AddTollAsync();
        var repository = Stores.Get<ICurationRepository>();
        var edited = TestData.Toll(Now) with { Answer = "At least 27.", Version = 2 };
        await repository.UpdateFactAsync(new FactUpdate(edited, 1) { HoldAlert = true }, "edit");
        var held = Stores.Get<IHeldAlerts>();

        Assert.Single(await Outbox.GetRecentAsync(10));
        // Version 1's alert (the new fact's) went out when it was added: no second one.
        Assert.Equal(HeldAlertStatus.AlreadySent, (await held.SendAsync("toll", 1, "tg:1 Admin")).Status);
        Assert.Equal(HeldAlertStatus.Outdated, (await held.SendAsync("toll", 3, "tg:1 Admin")).Status);
        Assert.Equal(new HeldAlertResult(HeldAlertStatus.Sent, 2), await held.SendAsync("toll", 2, "tg:1 Admin"));
        Assert.Equal(HeldAlertStatus.AlreadySent, (await held.SendAsync("toll", 2, "tg:1 Admin")).Status);
        Assert.Contains("was: At least 26.", (await Outbox.GetDueAsync(Now, 10))[^1].Html, StringComparison.Ordinal);
    }

    /// <summary>The toll fact, alerted when added, then edited to version 2 with its alert held for the admin's choice.</summary>
    private async Task<IHeldAlerts> HoldAnEditAsync()
    {
        await SubscribeAsync();
        await AddTollAsync();
        var repository = Stores.Get<ICurationRepository>();
        await repository.UpdateFactAsync(new FactUpdate(TestData.Toll(Now) with { Answer = "At least 27.", Version = 2 }, 1) { HoldAlert = true }, "edit");
        return Stores.Get<IHeldAlerts>();
    }

    [Fact]
    public async Task Dont_alert_is_kept_so_a_later_send_alert_on_that_version_sends_nothing_and_names_who_chose()
    {
        var held = await HoldAnEditAsync();
        var decidedAt = Stores.Clock.GetUtcNow();

        var withheld = await held.WithholdAsync("toll", 2, "tg:1 @ada");
        Stores.Clock.Advance(TimeSpan.FromMinutes(5));
        var send = await held.SendAsync("toll", 2, "tg:2 @ben");
        var again = await held.WithholdAsync("toll", 2, "tg:2 @ben");

        Assert.Equal(HeldAlertStatus.Withheld, withheld.Status);
        Assert.Equal(HeldAlertStatus.Declined, send.Status);
        Assert.Equal("tg:1 @ada", send.Decision!.Actor);
        Assert.Equal(decidedAt.ToUnixTimeMilliseconds(), send.Decision.At.ToUnixTimeMilliseconds());
        Assert.Equal((HeldAlertStatus.Declined, "tg:1 @ada"), (again.Status, again.Decision!.Actor));
        Assert.Single(await Outbox.GetRecentAsync(10)); // the new fact's alert only
    }

    [Fact]
    public async Task Dont_alert_after_the_alert_was_sent_changes_nothing()
    {
        var held = await HoldAnEditAsync();

        Assert.Equal(HeldAlertStatus.Sent, (await held.SendAsync("toll", 2, "tg:1 @ada")).Status);
        Assert.Equal(HeldAlertStatus.AlreadySent, (await held.WithholdAsync("toll", 2, "tg:2 @ben")).Status);
        Assert.Equal(HeldAlertStatus.AlreadySent, (await held.SendAsync("toll", 2, "tg:1 @ada")).Status);
        Assert.Equal(HeldAlertStatus.Outdated, (await held.WithholdAsync("toll", 9, "tg:2 @ben")).Status);
    }

    [Fact]
    public async Task A_held_alert_still_goes_after_a_version_that_kept_the_answer_but_never_after_one_that_changed_it()
    {
        await SubscribeAsync();
        await AddTollAsync();
        var repository = Stores.Get<ICurationRepository>();
        var held = Stores.Get<IHeldAlerts>();
        var edited = TestData.Toll(Now) with { Answer = "At least 27.", Version = 2 };
        await repository.UpdateFactAsync(new FactUpdate(edited, 1) { HoldAlert = true }, "edit");
        await repository.UpdateFactAsync(new FactUpdate(edited with { Alternates = ["How many people died in the strike?"], Version = 3 }, 2), "alias");

        Assert.Equal(new HeldAlertResult(HeldAlertStatus.Sent, 2), await held.SendAsync("toll", 2, "tg:1 Admin"));

        await repository.UpdateFactAsync(new FactUpdate(edited with { Answer = "At least 28.", Version = 4 }, 3) { HoldAlert = true }, "edit");
        await repository.UpdateFactAsync(new FactUpdate(edited with { Answer = "At least 29.", Version = 5 }, 4), "edit");
        var superseded = await held.SendAsync("toll", 4, "tg:1 Admin");

        Assert.Equal(HeldAlertStatus.Superseded, superseded.Status);
        Assert.Equal(new SupersedingVersion(5, Retired: false, Alerted: true), superseded.Superseding);
        // The new fact, version 2 (pressed) and version 5: nothing for version 4.
        Assert.Equal(3, (await Outbox.GetRecentAsync(10)).Count);
    }
}

public sealed class SqliteSubscriptionStoreTests() : SubscriptionStoreContract(new SqliteStoreSet());

[Collection(OnPostgres.Name)]
public sealed class PostgresSubscriptionStoreTests(PostgresCluster cluster) : SubscriptionStoreContract(new PostgresStoreSet(cluster));

public sealed class SqliteAlertOutboxTests() : AlertOutboxContract(new SqliteStoreSet());

[Collection(OnPostgres.Name)]
public sealed class PostgresAlertOutboxTests(PostgresCluster cluster) : AlertOutboxContract(new PostgresStoreSet(cluster));
