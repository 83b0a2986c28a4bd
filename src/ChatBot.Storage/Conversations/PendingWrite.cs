namespace ChatBot.Storage.Conversations;

/// <summary>A write and its caller's task, which completes only once the transaction holding the write is committed.</summary>
internal sealed class PendingWrite<T>(Func<WriteScope, T> write) : IPendingWrite
{
    // Continuations run on the thread pool, not inline on the thread that committed everyone's writes.
    private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _turn = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T _result = default!;

    public Task<T> Task => _done.Task;

    /// <summary>Completes when the previous committer hands this caller the next commit.</summary>
    public Task Turn => _turn.Task;

    public void HandTurn() => _turn.TrySetResult();

    public void Run(WriteScope scope) => _result = write(scope);

    public void Committed() => _done.TrySetResult(_result);

    public void Failed(Exception error) => _done.TrySetException(error);
}
