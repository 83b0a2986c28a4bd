using ChatBot.Core.Curation;
using ChatBot.Core.Curation.Replies;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>/editfact &lt;id&gt; [v&lt;version&gt;] followed by the field lines to replace.</summary>
public sealed class EditFactCommand(FactCuration facts, ILogger<EditFactCommand> logger) : AdminCommandBase(logger)
{
    public override string Name => "editfact";

    public override string Description => "Replace fields of a fact: /editfact <id> [v<n>] (admin)";

    public override async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (arguments, body) = AdminInput.Split(context.Arguments);
        var result = await facts.EditAsync(arguments, body, AdminInput.ActorOf(context.Message), cancellationToken).ConfigureAwait(false);
        await RespondAsync(context, result, f => CurationReplies.FactChanged(f, "updated"), f => f.Id, cancellationToken).ConfigureAwait(false);
    }
}
