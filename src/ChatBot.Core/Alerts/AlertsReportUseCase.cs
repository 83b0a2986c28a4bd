namespace ChatBot.Core.Alerts;

/// <summary>/alerts (admins): the latest alerts with their deliveries counted by state; the host words them.</summary>
public sealed class AlertsReportUseCase(IAlertOutbox outbox)
{
    public const int DefaultLimit = 10;

    public Task<IReadOnlyList<AlertStatus>> GetAsync(int limit = DefaultLimit, CancellationToken cancellationToken = default) =>
        outbox.GetRecentAsync(limit, cancellationToken);
}
