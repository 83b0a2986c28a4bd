using ChatBot.FakeTelegram;
using ChatBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Alerts.Tests.Support;

/// <summary>The whole bot (question answering, commands, alert dispatcher) in process, against a fake Bot API.</summary>
public sealed class BotHost : IAsyncDisposable
{
    public const long AdminId = 4242;
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly IHost _host;

    private BotHost(FakeBotApi fake, TempDatabase db, IHost host)
    {
        Fake = fake;
        Db = db;
        _host = host;
    }

    public FakeBotApi Fake { get; }

    public TempDatabase Db { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<BotHost> StartAsync()
    {
        var fake = await FakeBotApi.StartAsync();
        var db = new TempDatabase();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = db.Folder });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = AlertHost.Token,
            ["Telegram:ApiBaseUrl"] = fake.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "10",
            ["Storage:DatabasePath"] = db.DatabasePath,
            ["Storage:DataDirectory"] = Path.Combine(AppContext.BaseDirectory, "data"),
            ["Bot:QuestionsPerMinute"] = "1000",
            ["Bot:AdminUserIds:0"] = AdminId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Alerts:PollInterval"] = "00:00:00.200",
        });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.Services.AddChatBotCore();
        // The production wiring: AddTelegramIfConfigured adds the alert commands and the dispatcher.
        Assert.True(builder.AddTelegramIfConfigured());
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await host.StartAsync();
        await fake.WaitForPollAsync(Patience);
        return new BotHost(fake, db, host);
    }

    /// <summary>A user's message in their private chat; returns the bot's next message there.</summary>
    public async Task<FakeMessage> SayAsync(long userId, string text)
    {
        var seen = Fake.SentMessageCount(userId);
        Fake.EnqueueMessage(userId, userId, text);
        return (await Fake.WaitForMessagesAsync(userId, seen + 1, Patience))[seen];
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await Fake.DisposeAsync();
        Db.Dispose();
    }
}
