using ChatBot.Alerts.Tests.Support;
using ChatBot.Storage.Alerts;
using Microsoft.Data.Sqlite;

namespace ChatBot.Alerts.Tests;

public sealed class OutboxWriterTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 1, 2, 9, 30, 0, TimeSpan.Zero);
    private readonly TempDatabase _db = new();

    public OutboxWriterTests()
    {
        _db.Subscribe([1]);                       // everything
        _db.Subscribe([2], "casualties");        // the fact's tag
        _db.Subscribe([3], "delegation");        // another topic
        _db.Subscribe([4], "casualties");
        new SqliteSubscriptionStore(_db.Database, TimeProvider.System).DeactivateAsync(4, "403 blocked").GetAwaiter().GetResult();
        _db.Subscribe([5]);
        new SqliteSubscriptionStore(_db.Database, TimeProvider.System).UnsubscribeAsync(5, []).GetAwaiter().GetResult();
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_corrected_answer_fans_out_in_the_same_transaction_to_active_subscribers_of_its_topics()
    {
        var before = TempDatabase.NewFact();
        _db.SeedFact(before);
        var after = before with { Answer = "At least 42 people were killed.", Version = 2 };

        var alertId = _db.ChangeFact(before, after, At);

        Assert.NotNull(alertId);
        Assert.Equal(1, _db.Count("SELECT COUNT(*) FROM alerts"));
        Assert.Equal(2, _db.Count("SELECT COUNT(*) FROM deliveries WHERE alert_id = $a AND state = 'queued'", ("$a", alertId)));
        Assert.Equal(1, _db.Count("SELECT COUNT(*) FROM deliveries WHERE chat_id = 1"));
        Assert.Equal(1, _db.Count("SELECT COUNT(*) FROM deliveries WHERE chat_id = 2"));
        var html = ReadHtml(alertId!.Value);
        Assert.StartsWith("<b>Update:</b> At least 42 people were killed. <i>(was: At least 40 people were killed.)</i>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Rolling_back_the_fact_change_leaves_no_alert_and_no_delivery()
    {
        var before = TempDatabase.NewFact();
        _db.SeedFact(before);

        var alertId = _db.ChangeFact(before, before with { Answer = "Revised.", Version = 2 }, At, commit: false);

        Assert.NotNull(alertId);
        Assert.Equal(0, _db.Count("SELECT COUNT(*) FROM alerts"));
        Assert.Equal(0, _db.Count("SELECT COUNT(*) FROM deliveries"));
        Assert.Equal(1, _db.Count("SELECT version FROM facts WHERE id = 'death-toll'"));
    }

    [Fact]
    public void No_alert_when_the_answer_is_unchanged_or_notify_is_off()
    {
        var before = TempDatabase.NewFact();
        _db.SeedFact(before);

        Assert.Null(_db.ChangeFact(before, before with { Question = "Death toll?", Version = 2 }, At));
        Assert.Null(_db.ChangeFact(before, before with { Answer = "Quietly fixed.", Notify = false, Version = 3 }, At));
        Assert.Null(_db.ChangeFact(before, before with { Status = Core.Facts.FactStatus.Retired, Notify = false, Version = 4 }, At));
        Assert.Equal(0, _db.Count("SELECT COUNT(*) FROM alerts"));
    }

    [Fact]
    public void A_retraction_alerts_followers_with_what_the_answer_was()
    {
        var before = TempDatabase.NewFact();
        _db.SeedFact(before);

        var id = _db.ChangeFact(before, before with { Status = Core.Facts.FactStatus.Retired, Version = 2 }, At);

        Assert.NotNull(id);
        Assert.StartsWith("<b>Retracted:</b>", ReadHtml(id.Value), StringComparison.Ordinal);
        Assert.Contains("(was: " + Core.Rendering.Html.Escape(before.Answer) + ")", ReadHtml(id.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_fact_is_announced_without_a_previous_answer()
    {
        _db.SeedFact(TempDatabase.NewFact());
        var fact = TempDatabase.NewFact("talks-venue", "The talks are in Geneva.", "delegation");
        using var c = _db.Database.Open();
        using var tx = c.BeginTransaction();
        Storage.FactWriter.Save(c, tx, fact, "add", isNew: true);
        var id = AlertOutboxWriter.EnqueueFactChange(c, tx, null, fact, "tg:1 Admin", At);
        tx.Commit();

        Assert.NotNull(id);
        Assert.DoesNotContain("(was:", ReadHtml(id.Value), StringComparison.Ordinal);
        Assert.Equal([1L, 3L], ChatsOf(id.Value));
    }

    [Fact]
    public async Task A_broadcast_reaches_every_active_subscriber_whatever_their_topics()
    {
        var queued = await new SqliteAlertOutbox(_db.Database, TimeProvider.System).EnqueueBroadcastAsync("Hello <all>", "tg:1 Admin");

        Assert.Equal(3, queued.Recipients);
        Assert.Equal([1L, 2L, 3L], ChatsOf(queued.AlertId));
        Assert.Contains("Hello &lt;all&gt;", ReadHtml(queued.AlertId), StringComparison.Ordinal);
        Assert.Equal(1, _db.Count("SELECT COUNT(*) FROM audit_log WHERE action = 'broadcast'"));
    }

    [Fact]
    public async Task The_outbox_refuses_a_second_delivery_of_the_same_alert_to_the_same_chat()
    {
        var queued = await new SqliteAlertOutbox(_db.Database, TimeProvider.System).EnqueueBroadcastAsync("Once", "admin");

        var e = Assert.Throws<SqliteException>(() => _db.Execute(
            "INSERT INTO deliveries (alert_id, chat_id, state, next_attempt_at) VALUES ($a, 1, 'queued', 0)", ("$a", queued.AlertId)));
        Assert.Equal(19, e.SqliteErrorCode); // SQLITE_CONSTRAINT
    }

    private string ReadHtml(long alertId)
    {
        using var c = _db.Database.Open();
        return (string)AlertRows.Scalar(c, null, "SELECT html FROM alerts WHERE id = $id", ("$id", alertId))!;
    }

    private List<long> ChatsOf(long alertId)
    {
        using var c = _db.Database.Open();
        using var command = AlertRows.Command(c, null, "SELECT chat_id FROM deliveries WHERE alert_id = $id ORDER BY chat_id", ("$id", alertId));
        using var r = command.ExecuteReader();
        var chats = new List<long>();
        while (r.Read())
        {
            chats.Add(r.GetInt64(0));
        }
        return chats;
    }
}
