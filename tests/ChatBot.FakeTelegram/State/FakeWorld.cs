using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace ChatBot.FakeTelegram;

/// <summary>All the fake's state, shared by the HTTP pipeline and the test-side API. Each part has its own lock.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "Stop() cancels the token on the fake's dispose; disposing the source too would break late readers of Stopping during shutdown.")]
internal sealed class FakeWorld
{
    private readonly ConcurrentDictionary<string, FakeUser> _botsByToken = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private volatile bool _enforceRateLimits;
    private FakeUser? _firstBot;

    public FakeWorld(FakeBotApiOptions options)
    {
        Options = options;
        StartTimestamp = Stopwatch.GetTimestamp();
        Chats = new ChatRegistry(Users, Signal, options.AutoCreateChats);
        Updates = new UpdateQueue(Signal, options.FirstUpdateId);
        Requests = new RequestLog(Signal);
        Rates = new RateMeter(StartTimestamp);
        _enforceRateLimits = options.EnforceRateLimits;
    }

    public FakeBotApiOptions Options { get; }

    public long StartTimestamp { get; }

    public ChangeSignal Signal { get; } = new();

    public UserDirectory Users { get; } = new();

    public ChatRegistry Chats { get; }

    public UpdateQueue Updates { get; }

    public RequestLog Requests { get; }

    public RateMeter Rates { get; }

    public FileStore Files { get; } = new();

    public QueryRegistry Queries { get; } = new();

    public CommandRegistry Commands { get; } = new();

    public FaultBook Faults { get; } = new();

    public ProfileState Profile { get; } = new();

    public bool EnforceRateLimits
    {
        get => _enforceRateLimits;
        set => _enforceRateLimits = value;
    }

    public IReadOnlyCollection<string> Tokens => _botsByToken.Keys.ToArray();

    public DateTimeOffset Now => Options.Clock.GetUtcNow();

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(StartTimestamp);

    /// <summary>The bot a token belongs to: its id is the token's digits, as with Telegram.</summary>
    public FakeUser BotFor(string token)
    {
        var bot = _botsByToken.GetOrAdd(token, static (t, o) =>
            new FakeUser(long.Parse(t.AsSpan(0, t.IndexOf(':', StringComparison.Ordinal)), CultureInfo.InvariantCulture), o.BotFirstName, Username: o.BotUsername, IsBot: true),
            Options);
        Interlocked.CompareExchange(ref _firstBot, bot, null);
        return bot;
    }

    /// <summary>The bot of the first token used; before any request, the bot of token "123456:…".</summary>
    public FakeUser DefaultBot => Volatile.Read(ref _firstBot) ?? new FakeUser(123456, Options.BotFirstName, Username: Options.BotUsername, IsBot: true);

    /// <summary>Cancelled on dispose, so scripted delays do not hold the server's shutdown.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public void Stop() => _stopping.Cancel();
}
