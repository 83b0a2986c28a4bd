using ChatBot.Core.Alerts;
using ChatBot.Core.Rendering;
using ChatBot.Telegram.Texts.Curation;

namespace ChatBot.Telegram.Commands.Alerts;

/// <summary>/alerts (admin): the latest alerts and how many deliveries are queued, sent, failed or blocked.</summary>
public sealed class AlertsCommand(AlertsReportUseCase report) : IBotCommand
{
    public string Name => "alerts";

    public string Description => "Delivery state of the latest alerts (admin)";

    public bool AdminOnly => true;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var alerts = await report.GetAsync(AlertsReportUseCase.DefaultLimit, cancellationToken).ConfigureAwait(false);
        await context.RespondAsync(Html.Escape(Render(context.Curator, alerts)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The report in plain text: a title and a line per alert, or that there are none.</summary>
    public static string Render(ICuratorTexts texts, IReadOnlyList<AlertStatus> alerts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(alerts);
        return alerts.Count == 0 ? texts.NoAlerts : texts.LatestAlerts + string.Concat(alerts.Select(a => "\n" + texts.AlertLine(a)));
    }
}
