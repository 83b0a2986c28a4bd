using System.Text;
using Microsoft.Data.Sqlite;

namespace ChatBot.Tests.EndToEnd.Webhook;

/// <summary>The harness's bot in webhook mode, and what its tests do to it over plain HTTP.</summary>
internal static class WebhookBot
{
    public const string Secret = "webhook_SECRET-42";
    public const string Url = "https://bot.example.org/telegram/update";

    public static BotHarnessOptions Options(Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null) => new()
    {
        Settings = new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = Url,
            ["Telegram:WebhookSecret"] = Secret,
        },
        Services = services,
    };

    /// <summary>POSTs an update to the bot's webhook path as Telegram would (or would not: any secret, or none).</summary>
    public static async Task<HttpResponseMessage> PostAsync(BotHarness bot, string json, string? secret)
    {
        using var http = new HttpClient { BaseAddress = bot.WebAddress, Timeout = BotHarness.Patience };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Url).AbsolutePath) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return await http.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> GetAsync(BotHarness bot, string path)
    {
        using var http = new HttpClient { BaseAddress = bot.WebAddress, Timeout = BotHarness.Patience };
        return await http.GetAsync(new Uri(path, UriKind.Relative));
    }

    /// <summary>Every row of the inbox, handled or not.</summary>
    public static long InboxRows(BotHarness bot) => (long)Query(bot, "SELECT COUNT(*) FROM telegram_inbox")!;

    /// <summary>The update exactly as the bot stored it on its first delivery.</summary>
    public static string StoredPayload(BotHarness bot, long updateId) =>
        (string)Query(bot, "SELECT payload FROM telegram_inbox WHERE update_id = " + updateId)!;

    private static object? Query(BotHarness bot, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={bot.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
