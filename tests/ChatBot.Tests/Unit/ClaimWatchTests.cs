using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ChatBot.Core.Conversations;
using ChatBot.Hosting;
using ChatBot.Options;
using ChatBot.Telegram.Polling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatBot.Tests.Unit;

/// <summary>
/// The runner's failure of a claimed update whose claim had lapsed: the store reports it, and the runner makes it seen
/// (a warning and chatbot.claims.lapsed) as it does a late finish, under outcomes of its own.
/// </summary>
public sealed class ClaimWatchTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly LogCapture _logs = new();
    private readonly ConcurrentQueue<(long Value, string? Outcome)> _lapsed = new();
    private readonly MeterListener _listener = new();

    public ClaimWatchTests()
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        // Only this test's meters: other tests' bots count on instruments of the same name meanwhile.
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Name == "chatbot.claims.lapsed")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            _lapsed.Enqueue((value, tags.ToArray().FirstOrDefault(t => t.Key == "outcome").Value as string)));
        _listener.Start();
    }

    public void Dispose()
    {
        _listener.Dispose();
        _services.Dispose();
    }

    [Theory]
    [InlineData("unreadable", ClaimFinish.Lapsed, "lapsed_failure", "failed after this replica's claim on its chat had lapsed; the failure was not recorded")]
    [InlineData("too many attempts", ClaimFinish.Lapsed, "lapsed_failure", "failed after this replica's claim on its chat had lapsed; the failure was not recorded")]
    [InlineData("unreadable", ClaimFinish.AlreadyDone, "already_done_failure", "failed here after another replica had already finished it")]
    [InlineData("too many attempts", ClaimFinish.AlreadyDone, "already_done_failure", "failed here after another replica had already finished it")]
    public async Task A_failure_the_store_reports_lapsed_is_logged_as_a_warning_and_counted_apart_from_finishes(
        string why, ClaimFinish reported, string outcome, string warning)
    {
        await RunFailingUpdateAsync(why, reported);

        Assert.Equal([(1L, outcome)], _lapsed);
        Assert.Contains(_logs.Lines, l => l.StartsWith("Warning ", StringComparison.Ordinal) && l.Contains($"Update 7 {warning}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("unreadable")]
    [InlineData("too many attempts")]
    public async Task A_failure_recorded_by_the_claims_holder_is_neither_counted_nor_warned_about(string why)
    {
        await RunFailingUpdateAsync(why, ClaimFinish.Held);

        Assert.Empty(_lapsed);
        Assert.DoesNotContain(_logs.Lines, l => l.StartsWith("Warning ", StringComparison.Ordinal));
    }

    /// <summary>
    /// Has the runner claim update 7 and fail it, before any handling: its payload cannot be read, or it already began
    /// more often than allowed. Returns once the runner stopped, so whatever it reports has been reported.
    /// </summary>
    private async Task RunFailingUpdateAsync(string why, ClaimFinish reported)
    {
        var bot = new BotOptions();
        var entry = why == "unreadable"
            ? new InboxEntry(7, "Message", "not json", DateTimeOffset.UnixEpoch, 1)
            : new InboxEntry(7, "Message", """{"update_id":7,"message":{"message_id":7,"date":0,"chat":{"id":10,"type":"private"},"text":"q"}}""",
                DateTimeOffset.UnixEpoch, bot.MaxUpdateAttempts + 1);
        var failed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var claims = Substitute.For<IChatClaims>();
        claims.ClaimAndBeginAsync(Arg.Any<int>(), Arg.Any<CancellationToken>())
            .Returns(Task.FromResult<IReadOnlyList<InboxEntry>>([entry]), Task.FromResult<IReadOnlyList<InboxEntry>>([]));
        claims.FailAsync(entry, Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(call =>
        {
            failed.TrySetResult(call.ArgAt<string>(1));
            return reported;
        });
        using var loggers = LoggerFactory.Create(b => b.AddProvider(_logs));
        using var metrics = new BotMetrics(_services.GetRequiredService<IMeterFactory>());
        var executor = new UpdateExecutor(Substitute.For<IServiceScopeFactory>(), Substitute.For<IUpdateInbox>(), MsOptions.Create(bot),
            loggers.CreateLogger<UpdateExecutor>(), metrics);
        using var runner = new ClaimedUpdateRunner(executor, claims, MsOptions.Create(bot), MsOptions.Create(new StorageOptions()),
            new FakeTimeProvider(), metrics, loggers.CreateLogger<ClaimedUpdateRunner>());

        await runner.OpenAsync(CancellationToken.None);
        var error = await failed.Task.WaitAsync(Patience);
        await runner.StopAsync(CancellationToken.None).WaitAsync(Patience);

        Assert.Equal(why == "unreadable" ? "the stored update cannot be read" : "too many unfinished attempts", error);
    }
}
