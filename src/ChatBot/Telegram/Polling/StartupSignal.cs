namespace ChatBot.Telegram.Polling;

/// <summary>Completes once the bot knows who it is (getMe) and has replayed its inbox: polling starts only then.</summary>
public sealed class StartupSignal
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Completed => _done.Task;

    public bool IsCompleted => _done.Task.IsCompleted;

    public void Complete() => _done.TrySetResult();
}
