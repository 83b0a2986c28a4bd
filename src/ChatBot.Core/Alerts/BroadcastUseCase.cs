namespace ChatBot.Core.Alerts;

/// <summary>/broadcast &lt;text&gt; (admins): queues a free-form alert for every active subscriber.</summary>
public sealed class BroadcastUseCase(IAlertOutbox outbox, IAlertWakeup wakeup)
{
    /// <returns>The alert and its recipients, or null when there is no text to send.</returns>
    public async Task<EnqueuedAlert?> ExecuteAsync(string actor, string? text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var queued = await outbox.EnqueueBroadcastAsync(text, actor, cancellationToken).ConfigureAwait(false);
        wakeup.Wake();
        return queued;
    }
}
