using ChatBot.Core.Curation;
using ChatBot.Telegram.Texts.Curation;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>/facts [page] or /facts &lt;words&gt; [p&lt;page&gt;]: the facts with their ids and versions, retired ones marked.</summary>
public sealed class FactsCommand(FactCatalog catalog) : IBotCommand
{
    public string Name => "facts";

    public string Description => "List facts: /facts [page], /facts <words> [p<page>] (admin)";

    public bool AdminOnly => true;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var listing = await catalog.ListAsync(context.Arguments, cancellationToken).ConfigureAwait(false);
        await context.RespondAsync(ReportReplies.Facts(context.Curator, listing), cancellationToken).ConfigureAwait(false);
    }
}
