using ChatBot.Core.Curation;
using ChatBot.Core.Curation.Parsing;
using ChatBot.Core.Facts;
using ChatBot.Telegram.Texts.Curation;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>/alias &lt;id&gt; [Q[xx]:] &lt;question&gt;: another way of asking for the fact, in English or in language xx.</summary>
public sealed class AliasCommand(FactLifecycle lifecycle, ILogger<AliasCommand> logger) : AdminCommandBase(logger)
{
    public override string Name => "alias";

    public override string Description => "Add an alternate question: /alias <id> [Q[uk]:] <question> (admin)";

    public override async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parsed = AliasArguments.Parse(context.Arguments);
        var result = parsed.Value is { } alias
            ? await lifecycle.AttachAsync(alias.Id, alias.Question, alias.Language, AdminInput.ActorOf(context.Message), null, cancellationToken)
                .ConfigureAwait(false)
            : CurationResult.Fail<Fact>(parsed.Errors);
        await RespondAsync(context, result, f => CurationReplies.FactChanged(context.Curator, f, FactChange.NewQuestion, parsed.Value?.Language), f => f.Id,
            cancellationToken).ConfigureAwait(false);
    }
}
