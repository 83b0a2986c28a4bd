namespace ChatBot.FakeTelegram;

/// <summary>
/// Wakes every waiter whenever the fake's observable state changes (a request recorded, a poll started or ended,
/// an update queued or confirmed). Waiters take <see cref="NextChange"/> BEFORE checking their condition so no
/// change can slip between the check and the wait.
/// </summary>
internal sealed class ChangeSignal
{
    private TaskCompletionSource _next = NewSource();

    public Task NextChange => Volatile.Read(ref _next).Task;

    public void Notify() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    // Waiters' continuations must not run on the request thread that notified.
    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
