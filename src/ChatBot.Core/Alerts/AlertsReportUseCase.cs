using System.Globalization;
using System.Text;

namespace ChatBot.Core.Alerts;

/// <summary>/alerts (admins): the latest alerts with their deliveries counted by state.</summary>
public sealed class AlertsReportUseCase(IAlertOutbox outbox)
{
    public const int DefaultLimit = 10;

    public async Task<string> ExecuteAsync(int limit = DefaultLimit, CancellationToken cancellationToken = default)
    {
        var alerts = await outbox.GetRecentAsync(limit, cancellationToken).ConfigureAwait(false);
        if (alerts.Count == 0)
        {
            return "No alerts yet.";
        }
        var sb = new StringBuilder("Latest alerts:");
        foreach (var a in alerts)
        {
            var what = a.Kind == AlertKind.Broadcast ? "broadcast" : $"fact {a.FactId}";
            sb.Append(CultureInfo.InvariantCulture, $"\n#{a.AlertId} {what} by {a.CreatedBy}, {a.CreatedAt:yyyy-MM-dd HH:mm} UTC: ");
            sb.Append(CultureInfo.InvariantCulture, $"{a.Sent} sent, {a.Queued + a.Sending} queued, {a.Failed} failed, {a.Blocked} blocked, {a.Cancelled} cancelled");
            sb.Append(CultureInfo.InvariantCulture, $" (of {a.Total})");
        }
        return sb.ToString();
    }
}
