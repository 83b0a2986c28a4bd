using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace ChatBot.FakeTelegram;

/// <summary>All the fake's state, shared by the HTTP pipeline and the test-side API. Each part has its own lock.</summary>
internal sealed class FakeWorld
{
    private readonly ConcurrentDictionary<string, FakeUser> _botsByToken = new(StringComparer.Ordinal);
    private volatile bool _enforceRateLimits;

    public FakeWorld(FakeBotApiOptions options)
    {
        Options = options;
        StartTimestamp = Stopwatch.GetTimestamp();
        Chats = new ChatRegistry(options.AutoCreateChats);
        Updates = new UpdateQueue(Signal, options.FirstUpdateId);
        Requests = new RequestLog(Signal);
        Rates = new RateMeter(StartTimestamp);
        _enforceRateLimits = options.EnforceRateLimits;
    }

    public FakeBotApiOptions Options { get; }

    public long StartTimestamp { get; }

    public ChangeSignal Signal { get; } = new();

    public ChatRegistry Chats { get; }

    public UpdateQueue Updates { get; }

    public RequestLog Requests { get; }

    public RateMeter Rates { get; }

    public FileStore Files { get; } = new();

    public QueryRegistry Queries { get; } = new();

    public CommandRegistry Commands { get; } = new();

    public FaultBook Faults { get; } = new();

    public bool EnforceRateLimits
    {
        get => _enforceRateLimits;
        set => _enforceRateLimits = value;
    }

    public IReadOnlyCollection<string> Tokens => _botsByToken.Keys.ToArray();

    public DateTimeOffset Now => Options.Clock.GetUtcNow();

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(StartTimestamp);

    /// <summary>The bot a token belongs to: its id is the token's digits, as with Telegram.</summary>
    public FakeUser BotFor(string token) => _botsByToken.GetOrAdd(token, static (t, o) =>
        new FakeUser(long.Parse(t.AsSpan(0, t.IndexOf(':', StringComparison.Ordinal)), CultureInfo.InvariantCulture), o.BotFirstName, Username: o.BotUsername, IsBot: true),
        Options);

    /// <summary>The bot for messages a test builds before any request named a token.</summary>
    public FakeUser DefaultBot => _botsByToken.Values.FirstOrDefault() ?? new FakeUser(123456, Options.BotFirstName, Username: Options.BotUsername, IsBot: true);
}
