using System.Net;
using Npgsql;

namespace ChatBot.Tests.EndToEnd.Webhook;

/// <summary>Two webhook-mode replicas on one PostgreSQL store: an update is stored once, whichever replica receives it.</summary>
[Collection(EndToEnd.OnPostgres.Name)]
public sealed class PostgresWebhookTests(PostgresCluster cluster) : IAsyncLifetime
{
    private readonly string _database = cluster.CreateDatabase();
    private BotHarness _first = null!;
    private BotHarness _second = null!;

    public async Task InitializeAsync()
    {
        _first = await BotHarness.StartAsync(WebhookOnPostgres("replica-1"));
        // One bot, two replicas: both talk to the same Telegram, whichever of them takes the update.
        _second = await BotHarness.StartAsync(WebhookOnPostgres("replica-2", _first.Fake));
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task An_update_answered_by_one_replica_and_delivered_again_to_another_is_acknowledged_there_and_not_handled_again()
    {
        var fake = _first.Fake;
        var user = fake.CreateUser("Alice");
        var updateId = fake.EnqueueMessage(user.Id, user.Id, "who leads the delegation?");
        var answer = (await fake.WaitForMessagesAsync(user.Id, 1, BotHarness.Patience))[0];
        Assert.Contains("Dan Driscoll", answer.Text, StringComparison.Ordinal);

        using var again = await WebhookBot.PostAsync(_second, await PayloadAsync(updateId), WebhookBot.Secret);
        // The same chat's next update on the second replica: had the repeat been handled, its reply would come first.
        using var next = await WebhookBot.PostAsync(_second, $$$"""
            {"update_id":{{{updateId + 1000}}},"message":{"message_id":99,"date":{{{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}}},"chat":{"id":{{{user.Id}}},"type":"private"},"from":{"id":{{{user.Id}}},"is_bot":false,"first_name":"Alice"},"text":"/help","entities":[{"offset":0,"length":5,"type":"bot_command"}]}}
            """, WebhookBot.Secret);
        var replies = await fake.WaitForMessagesAsync(user.Id, 2, BotHarness.Patience);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.DoesNotContain("Dan Driscoll", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(2, fake.SentMessageCount(user.Id));
    }

    private BotHarnessOptions WebhookOnPostgres(string replica, FakeTelegram.FakeBotApi? fake = null)
    {
        var options = WebhookBot.Options();
        var settings = new Dictionary<string, string?>(options.Settings)
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = _database,
            ["Storage:ReplicaId"] = replica,
        };
        return new BotHarnessOptions { Settings = settings, Fake = fake };
    }

    private async Task<string> PayloadAsync(long updateId)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT payload FROM telegram_inbox WHERE update_id = @id", connection);
        command.Parameters.AddWithValue("id", updateId);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
