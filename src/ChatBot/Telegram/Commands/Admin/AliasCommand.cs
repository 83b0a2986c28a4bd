using ChatBot.Core.Curation;
using ChatBot.Core.Curation.Replies;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>/alias &lt;id&gt; &lt;question&gt;: another way of asking for the fact.</summary>
public sealed class AliasCommand(FactLifecycle lifecycle, ILogger<AliasCommand> logger) : AdminCommandBase(logger)
{
    public override string Name => "alias";

    public override string Description => "Add an alternate question: /alias <id> <question> (admin)";

    public override async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await lifecycle.AliasAsync(context.Arguments, AdminInput.ActorOf(context.Message), cancellationToken).ConfigureAwait(false);
        await RespondAsync(context, result, f => CurationReplies.FactChanged(f, "has a new alternate question"), f => f.Id, cancellationToken).ConfigureAwait(false);
    }
}
