using ChatBot.Core.Curation;
using ChatBot.Telegram.Texts.Curation;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>/synonym &lt;word&gt; &lt;word&gt;…: interchangeable words for the matcher, effective immediately.</summary>
public sealed class SynonymCommand(SynonymCuration synonyms, ILogger<SynonymCommand> logger) : AdminCommandBase(logger)
{
    public override string Name => "synonym";

    public override string Description => "Add synonyms: /synonym <word> <word>…, or /synonym remove <word> (admin)";

    public override async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await synonyms.AddAsync(context.Arguments, AdminInput.ActorOf(context.Message), cancellationToken).ConfigureAwait(false);
        var removing = context.Arguments.TrimStart().StartsWith("remove ", StringComparison.OrdinalIgnoreCase);
        await RespondAsync(context, result, g => removing ? CurationReplies.SynonymsRemoved(context.Curator, g) : CurationReplies.Synonyms(context.Curator, g), g => string.Join(' ', g), cancellationToken)
            .ConfigureAwait(false);
    }
}
