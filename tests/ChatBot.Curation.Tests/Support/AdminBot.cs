using ChatBot.FakeTelegram;
using ChatBot.Hosting;
using ChatBot.Telegram.Commands.Admin;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Curation.Tests.Support;

/// <summary>The real bot host, with the admin commands registered, against a fake Bot API on 127.0.0.1 and a temp SQLite file.</summary>
public sealed class AdminBot : IAsyncDisposable
{
    public const long AdminId = 4242;
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly string _folder = Directory.CreateTempSubdirectory("chatbot-admin-").FullName;
    private IHost? _host;

    private AdminBot(FakeBotApi fake) => Fake = fake;

    public FakeBotApi Fake { get; }

    public LogCapture Logs { get; } = new();

    public IServiceProvider Services => _host!.Services;

    public static async Task<AdminBot> StartAsync()
    {
        var bot = new AdminBot(await FakeBotApi.StartAsync());
        await bot.StartHostAsync();
        return bot;
    }

    private async Task StartHostAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = _folder });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = "123456:TEST",
            ["Telegram:ApiBaseUrl"] = Fake.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "10",
            ["Storage:DatabasePath"] = Path.Combine(_folder, "chatbot.db"),
            ["Storage:DataDirectory"] = RepoPaths.Data,
            ["Bot:QuestionsPerMinute"] = "1000",
            ["Bot:AdminUserIds:0"] = AdminId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.Services.AddChatBotCore();
        Assert.True(builder.AddTelegramIfConfigured());
        builder.Services.AddCurationCommands();
        _host = builder.Build();
        await _host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await _host.StartAsync();
        await Fake.WaitForPollAsync(Patience);
    }

    /// <summary>Sends a text message; returns the bot's next message in that chat.</summary>
    public async Task<FakeMessage> SendAsync(long userId, string text, int? replyTo = null)
    {
        var seen = Fake.SentMessageCount(userId);
        Fake.EnqueueMessage(userId, userId, text, replyToMessageId: replyTo);
        return await NextAsync(userId, seen);
    }

    /// <summary>Sends a document; returns its message id once the bot has reacted to it.</summary>
    public async Task<int> SendDocumentAsync(long userId, string fileName, string content, string mimeType, string? caption = null)
    {
        var seen = Fake.SentMessageCount(userId);
        var update = Fake.EnqueueDocument(userId, userId, fileName, System.Text.Encoding.UTF8.GetBytes(content), mimeType, caption);
        await NextAsync(userId, seen);
        return Fake.InjectedMessage(update)!.MessageId;
    }

    private async Task<FakeMessage> NextAsync(long chatId, int seen)
    {
        try
        {
            return (await Fake.WaitForMessagesAsync(chatId, seen + 1, Patience))[seen];
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException(ex.Message + Environment.NewLine + "Bot log:" + Environment.NewLine + Logs.All, ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is { } host)
        {
            await host.StopAsync();
            host.Dispose();
        }
        await Fake.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
