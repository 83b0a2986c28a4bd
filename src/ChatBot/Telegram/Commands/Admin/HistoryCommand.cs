using ChatBot.Core.Curation;
using ChatBot.Telegram.Texts.Curation;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>/history &lt;id&gt;: every version of the fact, with who changed it, when, and what.</summary>
public sealed class HistoryCommand(FactLifecycle lifecycle, ILogger<HistoryCommand> logger) : AdminCommandBase(logger)
{
    public override string Name => "history";

    public override string Description => "Versions of a fact: /history <id> (admin)";

    public override async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await lifecycle.HistoryAsync(context.Arguments, cancellationToken).ConfigureAwait(false);
        var id = AdminInput.Split(context.Arguments).FirstLine.Split(' ')[0];
        await RespondAsync(context, result, v => CurationReplies.History(context.Curator, id, v), _ => id, cancellationToken).ConfigureAwait(false);
    }
}
