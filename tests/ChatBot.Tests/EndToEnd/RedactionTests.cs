using ChatBot.FakeTelegram;
using Microsoft.Data.Sqlite;

namespace ChatBot.Tests.EndToEnd;

/// <summary>
/// Every error path fed a Bot API error description that echoes the token (as <c>bot&lt;token&gt;</c>, alone and
/// URL-encoded): the token must reach no log line and no database column.
/// </summary>
public sealed class RedactionTests : IAsyncLifetime
{
    // Shaped like a real token (so the shape-based masking is exercised too) but assembled, so that no secret scanner
    // mistakes the source for a leaked one.
    private const string Token = "7345678901:" + "AAHk3Zq-example_Secret_" + "0123456789ab";
    private const long AdminId = 4242;
    private static readonly string[] Forms = [Token, Uri.EscapeDataString(Token), Token[(Token.IndexOf(':') + 1)..]];
    private static readonly string Echo =
        $"proxy failed on /bot{Token}/sendMessage (token {Token}, https://api.telegram.org/bot{Uri.EscapeDataString(Token)}/getMe)";

    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(new()
    {
        AdminIds = [AdminId],
        Settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = Token,
            ["Alerts:PollInterval"] = "00:00:00.200",
            ["Alerts:RetryBaseDelay"] = "00:00:00.200",
        },
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_token_echoed_in_error_descriptions_reaches_no_log_line_and_no_database_column()
    {
        // Polling start-up and getUpdates.
        await _bot.StopHostAsync();
        Fake.InjectFault("getMe", Fault.Error(500, "Internal Server Error: " + Echo));
        Fake.InjectFault("getUpdates", Fault.Error(409, "Conflict: " + Echo));
        await _bot.StartHostAsync();
        await Fake.WaitForAsync(() => Fake.PendingFaults.Count == 0, BotHarness.Patience, "the start-up faults applied");

        // The call policy retries a 500; a 400 fails the update (telegram_inbox.error).
        var user = Fake.CreateUser();
        Fake.InjectFault("sendMessage", Fault.Error(500, "Internal Server Error: " + Echo), chatId: user.Id);
        Assert.Contains("26", (await _bot.AskAsync(user.Id, user.Id, "ternopil death toll?")).Text);
        Fake.InjectFault("sendMessage", Fault.Error(400, "Bad Request: " + Echo), chatId: user.Id);
        Fake.EnqueueMessage(user.Id, user.Id, "ternopil death toll?");
        await Eventually.TrueAsync(() => Task.FromResult(Count("SELECT COUNT(*) FROM telegram_inbox WHERE state = 'failed'") == 1),
            BotHarness.Patience, "the update marked failed");

        // The alert sender: a transient 500 (requeued) and a final 400 (failed), both with last_error.
        var retried = Fake.CreateUser("Retried");
        var rejected = Fake.CreateUser("Rejected");
        Fake.AddUser(new FakeUser(AdminId, "Admin"));
        await _bot.AskAsync(retried.Id, retried.Id, "/subscribe");
        await _bot.AskAsync(rejected.Id, rejected.Id, "/subscribe");
        Fake.InjectFault("sendMessage", Fault.Error(500, "Internal Server Error: " + Echo), chatId: retried.Id);
        Fake.InjectFault("sendMessage", Fault.Error(400, "Bad Request: " + Echo), chatId: rejected.Id);
        Assert.Contains("queued for 2", (await _bot.AskAsync(AdminId, AdminId, "/broadcast Talks resume on Monday.")).Text);
        await Eventually.TrueAsync(() => Task.FromResult(Count("SELECT COUNT(*) FROM deliveries WHERE state IN ('sent', 'failed') AND last_error IS NOT NULL") == 2),
            BotHarness.Patience, "one delivery sent after a retry and one failed, both with their error");

        Assert.Equal(2, Count($"SELECT COUNT(*) FROM deliveries WHERE last_error LIKE '%{ChatBot.Alerts.LogSafe.Mask}%'"));
        Assert.Equal(1, Count($"SELECT COUNT(*) FROM telegram_inbox WHERE error LIKE '%{ChatBot.Alerts.LogSafe.Mask}%'"));
        Assert.Contains(_bot.Logs.Lines, l => l.Contains("start-up failed", StringComparison.Ordinal) && l.Contains(ChatBot.Alerts.LogSafe.Mask, StringComparison.Ordinal));
        Assert.Contains(_bot.Logs.Lines, l => l.Contains("409", StringComparison.Ordinal) && l.Contains(ChatBot.Alerts.LogSafe.Mask, StringComparison.Ordinal));
        foreach (var form in Forms)
        {
            Assert.DoesNotContain(_bot.Logs.Lines, l => l.Contains(form, StringComparison.OrdinalIgnoreCase));
            Assert.Empty(ColumnsContaining(form));
        }
    }

    private long Count(string sql)
    {
        using var c = Open();
        using var command = c.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>"table.column" for every column of every table whose text holds <paramref name="needle"/>.</summary>
    private List<string> ColumnsContaining(string needle)
    {
        using var c = Open();
        var hits = new List<string>();
        foreach (var table in Strings(c, "SELECT name FROM sqlite_master WHERE type = 'table'"))
        {
            foreach (var column in Strings(c, $"SELECT name FROM pragma_table_info('{table}')"))
            {
                using var q = c.CreateCommand();
                q.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE instr(lower(CAST(\"{column}\" AS TEXT)), lower($n)) > 0";
                q.Parameters.AddWithValue("$n", needle);
                if ((long)q.ExecuteScalar()! > 0)
                {
                    hits.Add($"{table}.{column}");
                }
            }
        }
        return hits;
    }

    private static List<string> Strings(SqliteConnection c, string sql)
    {
        using var q = c.CreateCommand();
        q.CommandText = sql;
        using var r = q.ExecuteReader();
        var list = new List<string>();
        while (r.Read())
        {
            list.Add(r.GetString(0));
        }
        return list;
    }

    private SqliteConnection Open()
    {
        var c = new SqliteConnection($"Data Source={_bot.DatabasePath};Pooling=False");
        c.Open();
        return c;
    }
}
