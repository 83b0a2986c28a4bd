using ChatBot.FakeTelegram;
using ChatBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Support;

/// <summary>A fake Bot API and the real bot host (in process) on a temp SQLite file.</summary>
public sealed class BotHarness : IAsyncDisposable
{
    public const string Token = "123456:TEST";

    /// <summary>Generous: waits end as soon as their condition holds, so only a failing test pays it.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly Dictionary<string, string?> _config;
    private readonly Action<IServiceCollection>? _services;
    private IHost? _host;

    private BotHarness(FakeBotApi fake, Dictionary<string, string?> config, string directory, Action<IServiceCollection>? services)
    {
        Fake = fake;
        _config = config;
        Directory = directory;
        _services = services;
    }

    public FakeBotApi Fake { get; }

    public string Directory { get; }

    public string DatabasePath => Path.Combine(Directory, "chatbot.db");

    public LogCapture Logs { get; } = new();

    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("The host is not running.");

    public static async Task<BotHarness> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var fake = await FakeBotApi.StartAsync();
        var directory = Path.Combine(Path.GetTempPath(), "chatbot-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var config = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = Token,
            ["Telegram:ApiBaseUrl"] = fake.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "10",
            ["Storage:DatabasePath"] = Path.Combine(directory, "chatbot.db"),
            ["Storage:DataDirectory"] = Path.Combine(AppContext.BaseDirectory, "data"),
            ["Bot:QuestionsPerMinute"] = "1000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }
        var harness = new BotHarness(fake, config, directory, services);
        await harness.StartHostAsync();
        return harness;
    }

    /// <summary>Starts the bot (again) on the same database, and waits until it is listening.</summary>
    public async Task StartHostAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Directory });
        builder.Configuration.AddInMemoryCollection(_config);
        builder.Logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.Services.AddChatBotCore();
        Assert.True(builder.AddTelegramIfConfigured());
        _services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await host.StartAsync();
        _host = host;
        try
        {
            await Fake.WaitForPollAsync(Patience);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException(ex.Message + Environment.NewLine + "Bot log:" + Environment.NewLine + Logs.All, ex);
        }
    }

    public async Task StopHostAsync()
    {
        if (_host is { } host)
        {
            _host = null;
            await host.StopAsync();
            host.Dispose();
        }
    }

    /// <summary>A user's message; returns the bot's next message in that chat.</summary>
    public async Task<FakeMessage> AskAsync(long chatId, long userId, string text, int? replyTo = null)
    {
        var seen = Fake.SentMessageCount(chatId);
        Fake.EnqueueMessage(chatId, userId, text, replyToMessageId: replyTo);
        return (await Fake.WaitForMessagesAsync(chatId, seen + 1, Patience))[seen];
    }

    /// <summary>Updates stored in the inbox and not yet handled.</summary>
    public async Task<int> PendingUpdatesAsync()
    {
        var db = new ChatBot.Storage.SqliteDatabase(DatabasePath);
        var inbox = new ChatBot.Storage.Conversations.SqliteUpdateInbox(db, TimeProvider.System);
        return (await inbox.GetPendingAsync(1000)).Count;
    }

    public async ValueTask DisposeAsync()
    {
        await StopHostAsync();
        await Fake.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
