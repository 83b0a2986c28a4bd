using ChatBot.Core.Alerts;
using ChatBot.Core.Rendering;

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
        var text = await report.ExecuteAsync(AlertsReportUseCase.DefaultLimit, cancellationToken).ConfigureAwait(false);
        await context.RespondAsync(Html.Escape(text), cancellationToken).ConfigureAwait(false);
    }
}
