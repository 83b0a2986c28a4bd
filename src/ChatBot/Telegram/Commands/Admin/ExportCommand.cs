using ChatBot.Core.Curation.Transfer;
using ChatBot.Telegram.Texts.Curation;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>/export: the whole store as one JSON document.</summary>
public sealed class ExportCommand(StoreExporter exporter, AdminFiles files, ILogger<ExportCommand> logger) : IBotCommand
{
    public string Name => "export";

    public string Description => "Download the whole store as JSON (admin)";

    public bool AdminOnly => true;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var export = await exporter.ExportAsync(cancellationToken).ConfigureAwait(false);
        await files.SendJsonAsync(context.ChatId, export.FileName, export.Json, ReportReplies.Exported(context.Curator, export), cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Admin {UserId} exported {Facts} facts and {Sources} sources", context.UserId, export.Facts, export.Sources);
    }
}
