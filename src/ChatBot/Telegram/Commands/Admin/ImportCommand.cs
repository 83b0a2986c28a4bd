using ChatBot.Core.Curation;
using ChatBot.Core.Curation.Transfer;
using ChatBot.Telegram.Texts.Curation;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>
/// /import with a JSON document from /export (the command as its caption, or in reply to it): checked whole, then
/// applied in one transaction.
/// </summary>
public sealed class ImportCommand(StoreImporter importer, AdminFiles files, ILogger<ImportCommand> logger) : AdminCommandBase(logger)
{
    private const long MaxDocumentBytes = 20 * 1024 * 1024;

    public override string Name => "import";

    public override string Description => "Import a JSON document made by /export (admin)";

    public override async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (document, _) = AdminInput.DocumentOf(context.Message);
        CurationResult<ImportSummary> result;
        if (document is null)
        {
            result = CurationResult.Fail<ImportSummary>(FieldNames.Document, new DocumentProblem.Missing());
        }
        else
        {
            var (json, problem) = await files.ReadTextAsync(document, MaxDocumentBytes, cancellationToken).ConfigureAwait(false);
            result = json is null
                ? CurationResult.Fail<ImportSummary>(FieldNames.Document, problem!)
                : await importer.ImportAsync(json, AdminInput.ActorOf(context.Message), cancellationToken).ConfigureAwait(false);
        }
        await RespondAsync(context, result, s => ReportReplies.Imported(context.Curator, s), s => $"{s.FactsAdded} new and {s.FactsUpdated} updated facts", cancellationToken)
            .ConfigureAwait(false);
    }
}
