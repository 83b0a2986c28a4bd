using ChatBot.FakeTelegram;
using ChatBot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ChatBot.Tests.EndToEnd;

/// <summary>
/// The real process stopped (SIGKILL or SIGTERM) while the admin's confirmation waits out a 429, then restarted: the
/// replayed update must not apply the command again, and the admin must still hear what happened.
/// </summary>
public sealed class ReplayTests : IAsyncLifetime
{
    private const long AdminId = 4242;
    private static readonly TimeSpan Patience = BotProcess.Patience;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "chatbot-tests", Guid.NewGuid().ToString("N"));
    private readonly List<BotProcess> _processes = [];
    private FakeBotApi _fake = null!;

    private string DatabasePath => Path.Combine(_directory, "chatbot.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _fake = await FakeBotApi.StartAsync();
        _fake.AddUser(new FakeUser(AdminId, "Admin"));
    }

    public async Task DisposeAsync()
    {
        foreach (var p in _processes)
        {
            p.Dispose();
        }
        await _fake.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [Fact]
    public async Task A_broadcast_killed_while_its_confirmation_waits_out_a_429_is_queued_once_and_the_admin_still_hears_it_was_queued()
    {
        var first = await StartAsync();
        var subscribers = Enumerable.Range(0, 3).Select(i => _fake.CreateUser($"Sub {i}")).ToList();
        foreach (var s in subscribers)
        {
            Assert.Contains("Subscribed", (await SayAsync(s.Id, "/subscribe")).Text);
        }

        _fake.InjectFault("sendMessage", Fault.TooManyRequests(60), chatId: AdminId);
        _fake.EnqueueMessage(AdminId, AdminId, "/broadcast Talks resume on Monday.");
        await _fake.WaitForRequestAsync("sendMessage", Patience, r => r.ChatId == AdminId && r.StatusCode == 429);
        // Every announcement delivered and recorded first, so a resend could only come from a second broadcast.
        await _fake.WaitForAsync(() => subscribers.All(s => _fake.SentMessageCount(s.Id) == 2), Patience, "the announcement to every subscriber");
        await Eventually.TrueAsync(() => Task.FromResult(Count("SELECT COUNT(*) FROM deliveries WHERE state = 'sent'") == 3), Patience, "the deliveries marked sent");
        first.KillHard();
        _fake.ClearFaults();

        await StartAsync();
        var confirmation = (await _fake.WaitForMessagesAsync(AdminId, 1, Patience))[0];

        Assert.StartsWith("Broadcast #1 queued for 3 subscribers", confirmation.Text, StringComparison.Ordinal);
        Assert.Equal(1, Count("SELECT COUNT(*) FROM alerts"));
        Assert.Equal(3, Count("SELECT COUNT(*) FROM deliveries"));
        Assert.All(subscribers, s => Assert.Equal(1, _fake.SentMessages(s.Id).Count(m => m.Text!.Contains("Talks resume", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task An_addfact_stopped_by_sigterm_while_its_confirmation_waits_out_a_429_adds_one_fact_and_the_admin_still_hears_added()
    {
        var first = await StartAsync();
        var facts = Count("SELECT COUNT(*) FROM facts");
        _fake.InjectFault("sendMessage", Fault.TooManyRequests(60), chatId: AdminId);
        _fake.EnqueueMessage(AdminId, AdminId, """
            /addfact
            Q: Which army official came to Kyiv with the Pentagon team?
            A: US Army Secretary Dan Driscoll heads the Pentagon team in Kyiv.
            Quote: Heading the delegation is US Army Secretary Dan Driscoll
            Source: bbc-pentagon-kyiv
            Notify: no
            """);
        await _fake.WaitForRequestAsync("sendMessage", Patience, r => r.ChatId == AdminId && r.StatusCode == 429);
        Assert.Equal(0, await first.TerminateAsync(Patience));
        _fake.ClearFaults();

        await StartAsync();
        var confirmation = (await _fake.WaitForMessagesAsync(AdminId, 1, Patience))[0];

        Assert.Contains("added", confirmation.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing", confirmation.Text, StringComparison.Ordinal);
        Assert.Equal(facts + 1, Count("SELECT COUNT(*) FROM facts"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM fact_versions WHERE changed_by LIKE 'tg:4242%'"));
    }

    private async Task<BotProcess> StartAsync()
    {
        var bot = BotProcess.Start(_fake.BaseUrl, DatabasePath, environment: new Dictionary<string, string>
        {
            ["Bot__AdminUserIds__0"] = AdminId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Alerts__PollInterval"] = "00:00:00.200",
        });
        _processes.Add(bot);
        await _fake.WaitForPollAsync(Patience);
        return bot;
    }

    private async Task<FakeMessage> SayAsync(long chatId, string text)
    {
        var seen = _fake.SentMessageCount(chatId);
        _fake.EnqueueMessage(chatId, chatId, text);
        return (await _fake.WaitForMessagesAsync(chatId, seen + 1, Patience))[seen];
    }

    private long Count(string sql)
    {
        using var c = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        c.Open();
        using var command = c.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
