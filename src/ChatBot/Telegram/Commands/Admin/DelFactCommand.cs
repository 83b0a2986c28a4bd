using ChatBot.Core.Curation;
using ChatBot.Core.Rendering;
using ChatBot.Telegram.Texts.Curation;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>/delfact &lt;id&gt; [v&lt;version&gt;]: retires the fact; /restorefact brings it back.</summary>
public sealed class DelFactCommand(FactLifecycle lifecycle, ILogger<DelFactCommand> logger) : AdminCommandBase(logger)
{
    public override string Name => "delfact";

    public override string Description => "Retire a fact: /delfact <id> (admin)";

    public override async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await lifecycle.RetireAsync(context.Arguments, AdminInput.ActorOf(context.Message), cancellationToken).ConfigureAwait(false);
        await RespondAsync(context, result,
            f => CurationReplies.FactChanged(context.Curator, f, FactChange.Retired) + "\n\n" + context.Curator.UndoRetire(Html.Escape(f.Id)), f => f.Id, cancellationToken).ConfigureAwait(false);
    }
}
