using System.Diagnostics;
using ChatBot.FakeTelegram;
using ChatBot.Tests.Support;
using Npgsql;
using Xunit.Abstractions;

namespace ChatBot.Tests.EndToEnd.Webhook;

/// <summary>
/// Three real ChatBot processes in webhook mode on one PostgreSQL store, behind the fake's round-robin "load balancer";
/// one is SIGKILLed mid-load and restarted.
/// </summary>
[Collection(EndToEnd.OnPostgres.Name)]
public sealed class ReplicaClusterTests(PostgresCluster cluster, ITestOutputHelper output) : ProcessTestBase
{
    private const int Chats = 200;
    private const int GlobalRate = 30;
    private static readonly TimeSpan Slow = TimeSpan.FromMinutes(3);

    // Five questions whose answers are told apart by a phrase only that answer has.
    private static readonly (string Question, string Marker)[] Asked =
    [
        ("How many people were killed in the Russian strike on Ternopil?", "At least 26 people"),
        ("How much is the Patriot support package for Ukraine worth?", "$105m"),
        ("When did Donald Trump take office?", "assumed office"),
        ("When did Russia launch its full-scale invasion of Ukraine?", "invasion of Ukraine in 2022"),
        ("Who is leading the US delegation to Ukraine?", "heads the Pentagon delegation"),
    ];

    private readonly string _database = cluster.CreateDatabase();
    private FakeUser _admin = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _admin = Fake.CreateUser("Admin");
    }

    [Fact]
    public async Task A_thousand_questions_over_three_replicas_one_killed_midway_are_all_answered_in_each_chats_order_and_repeated_only_where_it_held_the_chat()
    {
        var users = Enumerable.Range(0, Chats).Select(i => Fake.CreateUser("Asker" + i)).ToList();
        var replicas = new[] { StartReplica("replica-1"), StartReplica("replica-2"), StartReplica("replica-3") };
        var addresses = new List<Uri>();
        foreach (var r in replicas)
        {
            addresses.Add(await r.ListeningAsync());
        }
        Fake.WebhookProxies = addresses;

        // A curator's change through replica 1 is what replica 3 answers with next (replica 3 warmed up first: its
        // first answer after start pays for JIT, which is not what this measures). Stale is never tolerated; the time
        // is judged on the best of three edits, since a loaded CI box can stall any one request.
        var asker = users[0];
        Fake.WebhookProxies = [addresses[2]];
        Fake.EnqueueMessage(asker.Id, asker.Id, "Who is accompanying Dan Driscoll on the trip to Ukraine?");
        Assert.DoesNotContain("edit no.", (await Fake.WaitForNextMessageAsync(asker.Id, Slow)).Text, StringComparison.Ordinal);
        var best = TimeSpan.MaxValue;
        for (var edit = 1; edit <= 3 && best >= TimeSpan.FromSeconds(1); edit++)
        {
            Fake.WebhookProxies = [addresses[0]];
            var confirmations = Fake.SentMessageCount(_admin.Id);
            Fake.EnqueueMessage(_admin.Id, _admin.Id, $"/editfact delegation-members\nA: Driscoll is joined by Gen Randy George, Gen Chris Donahue and Sergeant Major Michael Weimer (edit no. {edit}).");
            await WaitAsync(() => Fake.SentMessages(_admin.Id).Skip(confirmations).Any(m => m.Text!.Contains("updated", StringComparison.Ordinal)), "the /editfact reply");
            var changed = Stopwatch.StartNew();
            Fake.WebhookProxies = [addresses[2]];
            Fake.EnqueueMessage(asker.Id, asker.Id, "Who is accompanying Dan Driscoll on the trip to Ukraine?");
            var fresh = await Fake.WaitForNextMessageAsync(asker.Id, Slow);
            changed.Stop();
            Assert.Contains($"(edit no. {edit})", fresh.Text, StringComparison.Ordinal);
            best = changed.Elapsed < best ? changed.Elapsed : best;
        }
        Assert.True(best < TimeSpan.FromSeconds(1), $"replica 3 served the change after {best.TotalMilliseconds:F0} ms at best");

        // 1,000 questions, five per chat in a different order per chat, spread round-robin over the three replicas.
        Fake.WebhookProxies = addresses;
        var baseline = users.ToDictionary(u => u.Id, u => Fake.SentMessageCount(u.Id));
        var updates = new Dictionary<long, (long Chat, int Question)>();
        for (var round = 0; round < Asked.Length; round++)
        {
            for (var c = 0; c < Chats; c++)
            {
                var k = (c + round) % Asked.Length;
                updates[Fake.EnqueueMessage(users[c].Id, users[c].Id, Asked[k].Question)] = (users[c].Id, k);
            }
        }
        int Answered() => users.Sum(u => Fake.SentMessageCount(u.Id) - baseline[u.Id]);
        await WaitAsync(() => Answered() >= 300, "300 answers");
        replicas[1].KillHard();
        var inFlight = await ClaimsHeldAsync("replica-2");

        // The survivors take the dead replica's stored updates, and its claimed chats once their lease ends.
        await WaitAsync(() => AnsweredQuestions(users, baseline) == updates.Count, "every question answered");
        addresses[1] = await (replicas[1] = StartReplica("replica-2")).ListeningAsync();
        Fake.WebhookProxies = addresses;
        var after = users.Take(30).ToList();
        foreach (var u in after)
        {
            Fake.EnqueueMessage(u.Id, u.Id, Asked[0].Question);
        }
        await WaitAsync(() => after.All(u => Count(u.Id, baseline[u.Id], 0) >= 2), "answers after the restart");

        var twice = 0;
        var lapsed = LapsedClaims(Logs);
        foreach (var (updateId, (chat, k)) in updates)
        {
            var times = Count(chat, baseline[chat], k) - (k == 0 && after.Any(u => u.Id == chat) ? 1 : 0);
            // Only an update the killed replica held may be answered twice (its reply can have left just before the kill),
            // or one whose holder logged that its lease ran out (a survivor stalled past Storage:ClaimLease on a loaded box).
            Assert.True(times == 1 || (times == 2 && (inFlight.Contains(updateId) || lapsed.Contains(updateId))),
                $"update {updateId} answered {times} times; held by the killed replica: {inFlight.Contains(updateId)}; log lines naming it:\n" +
                string.Join('\n', Logs.Split('\n').Where(l => l.Contains($"update {updateId}", StringComparison.Ordinal))));
            twice += times - 1;
        }
        output.WriteLine($"change served by replica 3 after {best.TotalMilliseconds:F0} ms; killed holding {inFlight.Count} chats; {twice} answers repeated");
        foreach (var u in users)
        {
            var order = Fake.SentMessages(u.Id).Skip(baseline[u.Id]).Select(m => Array.FindIndex(Asked, a => m.Text!.Contains(a.Marker, StringComparison.Ordinal)));
            var c = users.IndexOf(u);
            var expected = Enumerable.Range(0, Asked.Length).Select(round => (c + round) % Asked.Length);
            Assert.Equal(expected, order.Where(k => k >= 0).Distinct().Take(Asked.Length));
        }
        Assert.DoesNotContain(BotHarness.Token, Logs, StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookBot.Secret, Logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broadcast_to_300_subscribers_with_its_sending_replica_killed_reaches_each_within_the_global_rate_repeating_only_its_sends_in_flight()
    {
        const int Subscribers = 300;
        var users = Enumerable.Range(0, Subscribers).Select(i => Fake.CreateUser("Sub" + i)).ToList();
        var replicas = new[] { StartReplica("replica-1"), StartReplica("replica-2"), StartReplica("replica-3") };
        var addresses = new List<Uri>();
        foreach (var r in replicas)
        {
            addresses.Add(await r.ListeningAsync());
        }
        Fake.WebhookProxies = addresses;
        foreach (var u in users)
        {
            Fake.EnqueueMessage(u.Id, u.Id, "/subscribe");
        }
        await WaitAsync(() => users.All(u => Fake.SentMessageCount(u.Id) >= 1), "every /subscribe confirmed");
        var mark = Fake.Requests[^1].Sequence;

        Fake.EnqueueMessage(_admin.Id, _admin.Id, "/broadcast Talks resume in Geneva on Monday.");
        int Delivered() => users.Count(u => Fake.SentMessages(u.Id).Any(m => m.Text!.Contains("Geneva", StringComparison.Ordinal)));
        await WaitAsync(() => Delivered() >= 60, "60 alerts");
        var holder = await DispatcherAsync();
        var killed = Enumerable.Range(0, replicas.Length).FirstOrDefault(i => holder == $"chatbot replica-{i + 1}", -1);
        Assert.True(killed >= 0, $"the dispatcher lock is held by '{holder}'");
        var killedAt = Fake.Requests[^1].Elapsed;
        replicas[killed].KillHard();
        var inFlight = await SendingAsync();
        await WaitAsync(() => Delivered() == Subscribers, "every subscriber alerted");

        var twice = 0;
        foreach (var u in users)
        {
            var times = Fake.SentMessages(u.Id).Count(m => m.Text!.Contains("Geneva", StringComparison.Ordinal));
            Assert.True(times == 1 || (times == 2 && inFlight.Contains(u.Id)), $"subscriber {u.Id} alerted {times} times");
            twice += times - 1;
        }
        var sends = Fake.RequestsFor("sendMessage").Where(r => r.Sequence > mark && r.StatusCode == 200 && r.ChatId != _admin.Id).Select(r => r.Elapsed).Order().ToList();
        var windows = sends.Select((t, i) => (Start: t, Count: sends.Skip(i).TakeWhile(u => u - t < TimeSpan.FromSeconds(1)).Count())).ToList();
        var busiest = windows.Max(w => w.Count);
        var where = windows.First(w => w.Count == busiest).Start - killedAt;
        output.WriteLine($"dispatcher {holder} killed after 60 alerts with {inFlight.Count} in flight; {twice} repeated; busiest second {busiest} sends, starting {where.TotalMilliseconds:F0} ms after the kill");
        output.WriteLine(string.Join(" ", sends.Select(t => (t - killedAt).TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.True(busiest <= GlobalRate, $"{busiest} alerts within one second; the limit is {GlobalRate}");
    }

    private async Task<string?> DispatcherAsync()
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        // The dispatcher's session advisory lock, key 0x43_424F5403: its high word is classid, its low word objid.
        await using var command = new NpgsqlCommand(
            "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid " +
            "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 67 AND l.objid = 1112495107", connection);
        return (string?)await command.ExecuteScalarAsync();
    }

    private async Task<HashSet<long>> SendingAsync()
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT chat_id FROM deliveries WHERE state = 'sending'", connection);
        var chats = new HashSet<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            chats.Add(reader.GetInt64(0));
        }
        return chats;
    }

    private async Task WaitAsync(Func<bool> condition, string what)
    {
        try
        {
            await Fake.WaitForAsync(condition, Slow, what);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(e.Message + Environment.NewLine + Fake.DescribeState() + Environment.NewLine + Logs, e);
        }
    }

    private int Count(long chat, int skip, int question) =>
        Fake.SentMessages(chat).Skip(skip).Count(m => m.Text!.Contains(Asked[question].Marker, StringComparison.Ordinal));

    private int AnsweredQuestions(List<FakeUser> users, Dictionary<long, int> baseline) =>
        users.Sum(u => Enumerable.Range(0, Asked.Length).Count(k => Count(u.Id, baseline[u.Id], k) > 0));

    /// <summary>
    /// Updates whose claim a replica logged as lost, not renewed or lapsed by the time it finished: another replica may
    /// rightly run them again.
    /// </summary>
    private static HashSet<long> LapsedClaims(string logs) =>
        [.. System.Text.RegularExpressions.Regex.Matches(logs, @"(?:Lost|Renewing) the claim on update (?<id>\d+)|Update (?<id>\d+) was (?:finished after|already finished by)")
            .Select(m => long.Parse(m.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture))];

    private async Task<HashSet<long>> ClaimsHeldAsync(string replica)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT update_id FROM chat_claims WHERE claimed_by = @r", connection);
        command.Parameters.AddWithValue("r", replica);
        var held = new HashSet<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            held.Add(reader.GetInt64(0));
        }
        return held;
    }

    private BotProcess StartReplica(string replica)
    {
        return Start(new Dictionary<string, string>
        {
            ["Telegram__Mode"] = "Webhook",
            ["Telegram__WebhookUrl"] = WebhookBot.Url,
            ["Telegram__WebhookSecret"] = WebhookBot.Secret,
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = _database,
            ["Storage__ReplicaId"] = replica,
            // Short enough that a dead replica's chats are taken over within the test, long enough that a survivor
            // stalled by a loaded 2-core box does not lose its chat mid-answer (a lapsed claim is at-least-once).
            ["Storage__ClaimLease"] = "00:00:06",
            ["Alerts__GlobalMessagesPerSecond"] = GlobalRate.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Alerts__SendingLease"] = "00:00:04",
            ["Alerts__SendTimeout"] = "00:00:02",
            ["Bot__AdminUserIds__0"] = _admin.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["urls"] = "http://127.0.0.1:0",
        }, "unused.db");
    }

}
