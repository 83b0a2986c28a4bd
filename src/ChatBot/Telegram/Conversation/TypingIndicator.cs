namespace ChatBot.Telegram.Conversation;

/// <summary>
/// "typing…" for an answer that is slow to come (the match index rebuilding after a change, a slow database):
/// Telegram recommends the action only for replies that take noticeable time, and for an instant answer it would cost
/// a Bot API call per question for an indicator nobody sees. Stopped before the answer is sent, and a typing action
/// already on its way is waited for, so it never lands after the answer.
/// </summary>
public sealed class TypingIndicator : IAsyncDisposable
{
    /// <summary>How long an answer may take before the asker sees "typing…".</summary>
    public static readonly TimeSpan After = TimeSpan.FromMilliseconds(400);

    private readonly CancellationTokenSource _stop;
    private readonly Task _running;

    private TypingIndicator(Func<CancellationToken, Task> send, TimeProvider time, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _running = RunAsync(send, time, _stop.Token, cancellationToken);
    }

    /// <param name="send">Sends the typing action (best effort: it must not throw).</param>
    public static TypingIndicator Start(Func<CancellationToken, Task> send, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(time);
        return new TypingIndicator(send, time, cancellationToken);
    }

    /// <summary>No "typing…" from now on; returns once one already sent has been answered.</summary>
    public async ValueTask DisposeAsync()
    {
        // Cancelled inline, not through the thread pool: the delay ends at once and so does the answer's wait for it.
        _stop.Cancel();
        await _running.ConfigureAwait(false);
        _stop.Dispose();
    }

    private static async Task RunAsync(Func<CancellationToken, Task> send, TimeProvider time, CancellationToken stop, CancellationToken cancellationToken)
    {
        // Stopped before the delay ends for nearly every answer: a cancelled delay is checked, not thrown, since an
        // exception per question is measurable CPU.
        var delay = Task.Delay(After, time, stop);
        await delay.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (delay.IsCanceled)
        {
            return;
        }
        // Not cancelled by stopping: once on its way it completes first, so the answer lands after it.
        await send(cancellationToken).ConfigureAwait(false);
    }
}
