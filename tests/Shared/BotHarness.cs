using System.Globalization;
using System.Text;
using ChatBot.FakeTelegram;
using ChatBot.Hosting;
using ChatBot.Hosting.Web;
using ChatBot.Storage;
using ChatBot.Storage.Conversations;
using ChatBot.Telegram.Polling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.TestSupport;

/// <summary>
/// The real bot host in process, wired as in production, against a fake Bot API on 127.0.0.1 and a SQLite file in its
/// own temp folder. Shared by the test projects as a linked source file (see their .csproj), so there is one copy.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    public const string Token = "123456:TEST";

    /// <summary>The id tests give their admin; it is an admin only when listed in <see cref="BotHarnessOptions.AdminIds"/>.</summary>
    public const long AdminId = 4242;

    /// <summary>Generous: waits end as soon as their condition holds, so only a failing test pays it.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly Dictionary<string, string?> _config;
    private readonly bool _web;
    private readonly Action<IServiceCollection>? _services;
    private readonly bool _sharedFake;
    private IHost? _host;

    private BotHarness(FakeBotApi fake, BotHarnessOptions options)
    {
        Fake = fake;
        _sharedFake = options.Fake is not null;
        _services = options.Services;
        _web = options.Web || string.Equals(options.Settings.GetValueOrDefault("Telegram:Mode"), "Webhook", StringComparison.OrdinalIgnoreCase);
        _config = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = Token,
            ["Telegram:ApiBaseUrl"] = fake.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "10",
            ["Storage:DatabasePath"] = DatabasePath,
            ["Storage:DataDirectory"] = Path.Combine(AppContext.BaseDirectory, "data"),
            ["Bot:QuestionsPerMinute"] = "1000",
        };
        for (var i = 0; i < options.AdminIds.Count; i++)
        {
            _config[$"Bot:AdminUserIds:{i}"] = options.AdminIds[i].ToString(CultureInfo.InvariantCulture);
        }
        foreach (var (key, value) in options.Settings)
        {
            _config[key] = value;
        }
    }

    public FakeBotApi Fake { get; }

    public string Folder { get; } = Directory.CreateTempSubdirectory("chatbot-tests-").FullName;

    public string DatabasePath => Path.Combine(Folder, "chatbot.db");

    /// <summary>Every log line of every start, kept across restarts.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>Where the bot's Kestrel listens ("http://127.0.0.1:PORT"), when it serves HTTP.</summary>
    public Uri? WebAddress { get; private set; }

    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("The host is not running.");

    public static async Task<BotHarness> StartAsync(BotHarnessOptions? options = null)
    {
        options ??= new BotHarnessOptions();
        var harness = new BotHarness(options.Fake ?? await FakeBotApi.StartAsync(), options);
        try
        {
            await harness.StartHostAsync();
        }
        catch
        {
            await harness.DisposeAsync();
            throw;
        }
        return harness;
    }

    /// <summary>Starts the bot (again, after <see cref="StopHostAsync"/>) on the same database, and waits until it is listening.</summary>
    public async Task StartHostAsync()
    {
        var builder = NewBuilder();
        builder.Configuration.AddInMemoryCollection(_config);
        builder.Logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.Services.AddChatBotCore(builder.Configuration);
        // The production wiring: with a token it adds the transport, the commands and the alert dispatcher.
        if (!builder.AddTelegramIfConfigured())
        {
            throw new InvalidOperationException("The bot did not configure Telegram.");
        }
        if (_web)
        {
            builder.AddChatBotWeb();
        }
        _services?.Invoke(builder.Services);
        var host = builder is WebApplicationBuilder web ? BuildWeb(web) : ((HostApplicationBuilder)builder).Build();
        _host = host;
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await host.StartAsync();
        if (!_web)
        {
            await WithLogAsync(Fake.WaitForPollAsync(Patience));
            return;
        }
        WebAddress = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        // The fake posts to the registered https URL's path here, as the TLS-terminating proxy would.
        Fake.WebhookProxies = _sharedFake ? [.. Fake.WebhookProxies, WebAddress] : [WebAddress];
        // Until start-up has run, updates are only stored; a test that looks at the inbox wants the bot fully started.
        await WithLogAsync(host.Services.GetRequiredService<StartupSignal>().Completed.WaitAsync(Patience));
    }

    private IHostApplicationBuilder NewBuilder()
    {
        if (!_web)
        {
            return Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Folder });
        }
        var web = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Folder });
        web.WebHost.UseUrls("http://127.0.0.1:0");
        return web;
    }

    private static WebApplication BuildWeb(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        app.MapChatBotEndpoints();
        return app;
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

    /// <summary>A user's message in a chat; returns the bot's next message in that chat.</summary>
    public async Task<FakeMessage> AskAsync(long chatId, long userId, string text, int? replyTo = null)
    {
        var seen = Fake.SentMessageCount(chatId);
        Fake.EnqueueMessage(chatId, userId, text, replyToMessageId: replyTo);
        return await NextMessageAsync(chatId, seen);
    }

    /// <summary>A user's message in their private chat; returns the bot's next message there.</summary>
    public Task<FakeMessage> AskAsync(long userId, string text, int? replyTo = null) => AskAsync(userId, userId, text, replyTo);

    /// <summary>A document in the user's private chat; returns its message id once the bot has replied to it.</summary>
    public async Task<int> SendDocumentAsync(long userId, string fileName, string content, string mimeType, string? caption = null)
    {
        var seen = Fake.SentMessageCount(userId);
        var update = Fake.EnqueueDocument(userId, userId, fileName, Encoding.UTF8.GetBytes(content), mimeType, caption);
        await NextMessageAsync(userId, seen);
        return Fake.InjectedMessage(update)!.MessageId;
    }

    /// <summary>Updates stored in the inbox and not yet handled.</summary>
    public async Task<int> PendingUpdatesAsync()
    {
        var inbox = new SqliteUpdateInbox(new SqliteDatabase(DatabasePath), TimeProvider.System);
        return (await inbox.GetPendingAsync(1000)).Count;
    }

    public async ValueTask DisposeAsync()
    {
        await StopHostAsync();
        if (!_sharedFake)
        {
            await Fake.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private async Task<FakeMessage> NextMessageAsync(long chatId, int seen)
    {
        var messages = Fake.WaitForMessagesAsync(chatId, seen + 1, Patience);
        await WithLogAsync(messages);
        return (await messages)[seen];
    }

    /// <summary>A wait that times out shows the bot's log: it usually says why the bot did not reply.</summary>
    private async Task WithLogAsync(Task wait)
    {
        try
        {
            await wait;
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException(ex.Message + Environment.NewLine + "Bot log:" + Environment.NewLine + Logs.All, ex);
        }
    }
}
