namespace ChatBot.FakeTelegram;

/// <summary>
/// An in-process fake of the Telegram Bot API on http://127.0.0.1:{port}, for driving a real bot client end to end.
/// The test-side members are thread-safe. Dispose to stop the server (pending long polls answer at once).
/// </summary>
public sealed partial class FakeBotApi : IAsyncDisposable
{
    private readonly FakeWorld _world;
    private KestrelHost _host = null!;
    private WebhookPusher? _webhooks;
    private int _disposed;

    private FakeBotApi(FakeBotApiOptions options) => _world = new FakeWorld(options);

    /// <summary>"http://127.0.0.1:PORT", to pass as TelegramBotClientOptions.baseUrl.</summary>
    public string BaseUrl { get; private set; } = "";

    public int Port { get; private set; }

    public FakeBotApiOptions Options => _world.Options;

    /// <summary>The bot as it appears in "from" of its messages: the first token used, or id 123456 before any request.</summary>
    public FakeUser Bot => _world.DefaultBot;

    /// <summary>Every well-formed token that reached the fake.</summary>
    public IReadOnlyCollection<string> TokensUsed => _world.Tokens;

    public int ConnectionsAccepted => _host.Connections;

    /// <summary>Connections accepted with Nagle's algorithm on (the fake then turns it off); expected to be 0.</summary>
    public int ConnectionsFoundWithNagle => _host.ConnectionsWithNagle;

    /// <summary>
    /// Where webhook POSTs go instead of the registered https URL, keeping its path: stands in for the TLS-terminating
    /// proxy in front of the bot (the fake speaks no TLS). Null: the registered URL itself.
    /// </summary>
    public Uri? WebhookProxy
    {
        get => _webhooks?.Proxy;
        set => _webhooks!.Proxy = value;
    }

    /// <summary>Several replicas behind a load balancer: each POST goes to the next in turn, passing over one that is down.</summary>
    public IReadOnlyList<Uri> WebhookProxies
    {
        get => _webhooks?.Proxies ?? [];
        set => _webhooks!.Proxies = value;
    }

    /// <summary>Webhook POSTs attempted so far, failed ones included.</summary>
    public int WebhookPosts => _webhooks?.Posts ?? 0;

    public static async Task<FakeBotApi> StartAsync(FakeBotApiOptions? options = null, CancellationToken cancellationToken = default)
    {
        var fake = new FakeBotApi(options ?? new FakeBotApiOptions());
        var pipeline = new ApiPipeline(fake._world);
        fake._host = await KestrelHost.StartAsync(pipeline.HandleAsync, cancellationToken);
        fake.Port = fake._host.BaseUri.Port;
        fake.BaseUrl = $"http://127.0.0.1:{fake.Port}";
        fake._webhooks = new WebhookPusher(fake._world);
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _world.Updates.Shutdown();
        _world.Stop();
        if (_webhooks is { } webhooks)
        {
            await webhooks.DisposeAsync();
        }

        await _host.DisposeAsync();
    }
}
