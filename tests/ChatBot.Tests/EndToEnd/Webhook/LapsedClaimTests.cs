using System.Text.RegularExpressions;
using ChatBot.FakeTelegram;
using Npgsql;

namespace ChatBot.Tests.EndToEnd.Webhook;

/// <summary>
/// A replica that finishes an update after its claim on the chat lapsed (another replica took the chat over, or even
/// finished the update) says so: a warning in its log and a count on /metrics, so a repeated answer is seen.
/// </summary>
[Collection(EndToEnd.OnPostgres.Name)]
public sealed class LapsedClaimTests(PostgresCluster cluster) : IAsyncLifetime
{
    private readonly string _database = cluster.CreateDatabase();
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>(WebhookBot.Options().Settings)
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = _database,
            ["Storage:ReplicaId"] = "replica-1",
            // Renewed every 20 s, so no renewal falls within the test: the takeover below goes unseen until the finish,
            // as it does for a replica stalled between two renewals.
            ["Storage:ClaimLease"] = "00:01:00",
        };
        _bot = await BotHarness.StartAsync(new BotHarnessOptions { Settings = settings });
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData(false, "lapsed", "was finished after this replica's claim on its chat had lapsed; another replica may have answered it too")]
    [InlineData(true, "already_done", "was already finished by another replica when this one finished it")]
    public async Task An_answer_finished_after_another_replica_took_its_chat_over_is_logged_as_a_warning_and_counted_on_metrics(
        bool finishedThere, string outcome, string warning)
    {
        var fake = _bot.Fake;
        var user = fake.CreateUser("Alice");
        // The answer reaches the chat but its response is held back; meanwhile another replica takes the chat over.
        fake.InjectFault("sendMessage", Fault.SlowResponse(TimeSpan.FromSeconds(3)), chatId: user.Id);
        var updateId = fake.EnqueueMessage(user.Id, user.Id, "who leads the delegation?");
        await fake.WaitForMessagesAsync(user.Id, 1, BotHarness.Patience);
        await TakeOverAsync(updateId, finishedThere);

        var text = "";
        var counted = new Regex($$"""chatbot_claims_lapsed_total\{[^}]*outcome="{{outcome}}"[^}]*\} 1\b""");
        await Eventually.TrueAsync(async () =>
        {
            using var metrics = await WebhookBot.GetAsync(_bot, "/metrics");
            text = await metrics.Content.ReadAsStringAsync();
            return counted.IsMatch(text);
        }, BotHarness.Patience, $"chatbot_claims_lapsed_total{{outcome=\"{outcome}\"}} on /metrics", () => text + Environment.NewLine + _bot.Logs.All);

        Assert.Contains(_bot.Logs.Lines, l => l.StartsWith("Warning ", StringComparison.Ordinal) && l.Contains($"Update {updateId} {warning}", StringComparison.Ordinal));
        Assert.Equal(1, fake.SentMessageCount(user.Id));
    }

    /// <summary>What another replica does once the lease ran out: takes the chat (and, maybe, answers and finishes the update).</summary>
    private async Task TakeOverAsync(long updateId, bool finish)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(finish
            ? "DELETE FROM chat_claims WHERE update_id = @id; UPDATE telegram_inbox SET state = 'done', finished_at = now() WHERE update_id = @id"
            : "UPDATE chat_claims SET claimed_by = 'replica-2', claimed_until = now() + interval '1 hour' WHERE update_id = @id", connection);
        command.Parameters.AddWithValue("id", updateId);
        Assert.True(await command.ExecuteNonQueryAsync() >= 1, "the claim to take over");
    }
}
