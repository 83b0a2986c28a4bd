using ChatBot.Core.Curation;
using ChatBot.Telegram.Texts.Curation;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>
/// /addsource with Title:, Outlet:, URL:, Published: and Text: lines; or the header lines with a .txt document
/// (the command as the document's caption, or sent in reply to the document).
/// </summary>
public sealed class AddSourceCommand(SourceCuration sources, AdminFiles files, ILogger<AddSourceCommand> logger) : AdminCommandBase(logger)
{
    private const long MaxDocumentBytes = 1024 * 1024;

    public override string Name => "addsource";

    public override string Description => "Add a source document (admin)";

    public override async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = context.Arguments;
        string? documentText = null;
        var (document, caption) = AdminInput.DocumentOf(context.Message);
        if (document is not null)
        {
            if (document.MimeType is { } mime && !mime.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
            {
                await FailAsync(context, new DocumentProblem.NotText(mime), cancellationToken).ConfigureAwait(false);
                return;
            }
            var (text, problem) = await files.ReadTextAsync(document, MaxDocumentBytes, cancellationToken).ConfigureAwait(false);
            if (text is null)
            {
                await FailAsync(context, new DocumentProblem.OfSource(problem!), cancellationToken).ConfigureAwait(false);
                return;
            }
            documentText = text;
            if (string.IsNullOrWhiteSpace(body) && caption is not null)
            {
                body = caption;
            }
        }
        var result = await sources.AddAsync(body, documentText, AdminInput.ActorOf(context.Message), cancellationToken).ConfigureAwait(false);
        await RespondAsync(context, result, s => CurationReplies.SourceAdded(context.Curator, s), s => s.Id, cancellationToken).ConfigureAwait(false);
    }

    private Task FailAsync(CommandContext context, DocumentProblem problem, CancellationToken cancellationToken) =>
        RespondAsync(context, CurationResult.Fail<Core.Facts.Source>("Text", problem), s => CurationReplies.SourceAdded(context.Curator, s), s => s.Id, cancellationToken);
}
