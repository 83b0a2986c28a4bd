namespace ChatBot.Core.Alerts;

/// <summary>/broadcast &lt;text&gt; (admins): queues a free-form alert for every active subscriber.</summary>
public sealed class BroadcastUseCase(IAlertOutbox outbox, IAlertWakeup wakeup)
{
    public async Task<string> ExecuteAsync(string actor, string? text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Usage: /broadcast <text>";
        }
        var queued = await outbox.EnqueueBroadcastAsync(text, actor, cancellationToken).ConfigureAwait(false);
        wakeup.Wake();
        return queued.Recipients == 0
            ? $"Broadcast #{queued.AlertId} stored; there are no active subscribers."
            : $"Broadcast #{queued.AlertId} queued for {queued.Recipients} subscriber{(queued.Recipients == 1 ? "" : "s")}. /alerts shows its progress.";
    }
}
