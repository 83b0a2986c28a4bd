using ChatBot.FakeTelegram;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.EndToEnd;

/// <summary>Two real processes in polling mode on one PostgreSQL store: one polls, both answer, the other takes over.</summary>
[Collection(OnPostgres.Name)]
public sealed class PollerElectionTests(PostgresCluster cluster) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = BotProcess.Patience;
    private readonly string _database = cluster.CreateDatabase();
    private readonly string _directory = Directory.CreateTempSubdirectory("chatbot-pollers-").FullName;
    private readonly List<BotProcess> _processes = [];
    private FakeBotApi _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var p in _processes)
        {
            p.Dispose();
        }
        await _fake.DisposeAsync();
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
    public async Task Only_the_elected_replica_polls_and_when_it_is_killed_the_other_takes_over_from_the_stored_offset()
    {
        var users = Enumerable.Range(0, 4).Select(i => _fake.CreateUser("Asker" + i)).ToList();
        var first = Start("replica-1");
        await _fake.WaitForPollAsync(Patience);
        Start("replica-2");
        // The standby has started (it asked who the bot is) while the first keeps polling.
        await _fake.WaitForAsync(() => _fake.RequestsFor("getMe").Count >= 2, Patience, "the second replica's start-up");

        await AskAllAsync(users, "How many people were killed in the Russian strike on Ternopil?", "At least 26 people");
        first.KillHard();
        await AskAllAsync(users, "How much is the Patriot support package for Ukraine worth?", "$105m");

        Assert.DoesNotContain(_fake.RequestsFor("getUpdates"), r => r.StatusCode == 409);
        Assert.All(users, u => Assert.Equal(2, _fake.SentMessageCount(u.Id)));
    }

    private async Task AskAllAsync(List<FakeUser> users, string question, string marker)
    {
        foreach (var u in users)
        {
            _fake.EnqueueMessage(u.Id, u.Id, question);
        }
        await _fake.WaitForAsync(() => users.All(u => _fake.SentMessages(u.Id).Any(m => m.Text!.Contains(marker, StringComparison.Ordinal))), Patience, "every answer");
    }

    private BotProcess Start(string replica)
    {
        var bot = BotProcess.Start(_fake.BaseUrl, Path.Combine(_directory, "unused.db"), environment: new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = _database,
            ["Storage__ReplicaId"] = replica,
        });
        _processes.Add(bot);
        return bot;
    }
}
