using Telegram.Bot;

namespace ChatBot.FakeTelegram.Tests;

/// <summary>A fresh fake and a real Telegram.Bot client per test.</summary>
public abstract class FakeApiTestBase : IAsyncLifetime
{
    /// <summary>Generous: positive waits end as soon as the condition holds, so only a failing test pays it.</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    protected const string Token = "123456:TEST";

    private HttpClient? _http;

    protected FakeBotApi Fake { get; private set; } = null!;

    protected TelegramBotClient Bot { get; private set; } = null!;

    protected virtual FakeBotApiOptions FakeOptions => new();

    public async Task InitializeAsync()
    {
        Fake = await FakeBotApi.StartAsync(FakeOptions);
        Bot = NewClient();
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        await Fake.DisposeAsync();
    }

    /// <summary>A client on the fake; RetryThreshold 0 makes every 429 surface instead of being retried.</summary>
    protected TelegramBotClient NewClient(int retryThreshold = 60, string token = Token)
    {
        _http ??= new HttpClient { Timeout = TimeSpan.FromSeconds(100) };
        var options = new TelegramBotClientOptions(token, Fake.BaseUrl) { RetryThreshold = retryThreshold };
        return new TelegramBotClient(options, _http);
    }
}
