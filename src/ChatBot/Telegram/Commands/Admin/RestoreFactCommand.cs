using ChatBot.Core.Curation;
using ChatBot.Telegram.Texts.Curation;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>/restorefact &lt;id&gt; [v&lt;version&gt;]: makes a retired fact active again, or brings back an earlier version.</summary>
public sealed class RestoreFactCommand(FactLifecycle lifecycle, ILogger<RestoreFactCommand> logger) : AdminCommandBase(logger)
{
    public override string Name => "restorefact";

    public override string Description => "Restore a fact or an earlier version: /restorefact <id> [v<n>] (admin)";

    public override async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await lifecycle.RestoreAsync(context.Arguments, AdminInput.ActorOf(context.Message), cancellationToken).ConfigureAwait(false);
        await RespondAsync(context, result, f => CurationReplies.FactChanged(context.Curator, f, FactChange.Restored), f => f.Id, cancellationToken).ConfigureAwait(false);
    }
}
