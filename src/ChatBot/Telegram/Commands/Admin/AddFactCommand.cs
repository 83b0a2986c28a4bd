using ChatBot.Core.Curation;
using ChatBot.Telegram.Texts.Curation;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>/addfact with Q:, A:, Quote:, Source:, Tags: and Notify: lines.</summary>
public sealed class AddFactCommand(FactCuration facts, ILogger<AddFactCommand> logger) : AdminCommandBase(logger)
{
    public override string Name => "addfact";

    public override string Description => "Add a cited fact (admin)";

    public override async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await facts.AddAsync(context.Arguments, AdminInput.ActorOf(context.Message), cancellationToken).ConfigureAwait(false);
        await RespondAsync(context, result, f => CurationReplies.FactChanged(context.Curator, f, FactChange.Added), f => f.Id, cancellationToken).ConfigureAwait(false);
    }
}
