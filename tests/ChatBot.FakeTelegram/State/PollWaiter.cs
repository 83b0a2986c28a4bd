namespace ChatBot.FakeTelegram;

/// <summary>The one pending long poll. Its flags are written under the UpdateQueue lock.</summary>
internal sealed class PollWaiter
{
    private readonly TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Woken => _wake.Task;

    /// <summary>Another getUpdates arrived: this one must answer 409.</summary>
    public bool Superseded { get; private set; }

    public bool WebhookSet { get; private set; }

    public bool ShuttingDown { get; private set; }

    public void Wake() => _wake.TrySetResult();

    public void Supersede()
    {
        Superseded = true;
        Wake();
    }

    public void EndForWebhook()
    {
        WebhookSet = true;
        Wake();
    }

    public void EndForShutdown()
    {
        ShuttingDown = true;
        Wake();
    }
}
