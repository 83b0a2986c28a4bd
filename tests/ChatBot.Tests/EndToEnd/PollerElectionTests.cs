using ChatBot.FakeTelegram;
using ChatBot.Tests.Support;
using Npgsql;

namespace ChatBot.Tests.EndToEnd;

/// <summary>Two real processes in polling mode on one PostgreSQL store: one polls, both answer, the other takes over.</summary>
[Collection(OnPostgres.Name)]
public sealed class PollerElectionTests(PostgresCluster cluster) : ProcessTestBase
{
    private readonly string _database = cluster.CreateDatabase();

    [Fact]
    public async Task Only_the_elected_replica_polls_and_when_it_is_killed_the_other_takes_over_and_answers()
    {
        var users = Enumerable.Range(0, 4).Select(i => Fake.CreateUser("Asker" + i)).ToList();
        var first = StartReplica("replica-1");
        await Fake.WaitForPollAsync(Patience);
        StartReplica("replica-2");
        // The standby has started (it asked who the bot is) while the first keeps polling.
        await Fake.WaitForAsync(() => Fake.RequestsFor("getMe").Count >= 2, Patience, "the second replica's start-up");

        await AskAllAsync(users, "How many people were killed in the Russian strike on Ternopil?", "At least 26 people");
        // Killed only once its updates are finished: one killed between a reply and its record is answered again
        // (README "Reliability"), which is not what this test is about.
        await Eventually.TrueAsync(async () => await PendingAsync() == 0, Patience, "the first round finished in the inbox");
        first.KillHard();
        await AskAllAsync(users, "How much is the Patriot support package for Ukraine worth?", "$105m");

        Assert.DoesNotContain(Fake.RequestsFor("getUpdates"), r => r.StatusCode == 409);
        Assert.All(users, u => Assert.Equal(2, Fake.SentMessageCount(u.Id)));
    }

    private async Task<long> PendingAsync()
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM telegram_inbox WHERE state = 'pending'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task AskAllAsync(List<FakeUser> users, string question, string marker)
    {
        foreach (var u in users)
        {
            Fake.EnqueueMessage(u.Id, u.Id, question);
        }
        await Fake.WaitForAsync(() => users.All(u => Fake.SentMessages(u.Id).Any(m => m.Text!.Contains(marker, StringComparison.Ordinal))), Patience, "every answer");
    }

    private BotProcess StartReplica(string replica)
    {
        return Start(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = _database,
            ["Storage__ReplicaId"] = replica,
            ["Storage__ClaimLease"] = "00:00:03",
        }, "unused.db");
    }
}
