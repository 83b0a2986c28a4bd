using ChatBot.Core.Alerts;

namespace ChatBot.Alerts.Tests.Support;

/// <summary>A sender whose every send waits until the test opens the gate; it ignores cancellation when told to, like a hung adapter.</summary>
public sealed class GatedSender(bool ignoreCancellation = false) : IAlertSender
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<SendResult> _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Entered => _entered.Task.IsCompleted;

    public void Open(SendResult result) => _gate.TrySetResult(result);

    public async Task<SendResult> SendAsync(long chatId, string html, string? factIdForButton, CancellationToken cancellationToken)
    {
        _entered.TrySetResult();
        return ignoreCancellation ? await _gate.Task : await _gate.Task.WaitAsync(cancellationToken);
    }
}
