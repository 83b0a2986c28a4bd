using ChatBot.Core.Alerts;
using ChatBot.Core.Curation;
using ChatBot.Core.Rendering;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Commands.Alerts;

/// <summary>/broadcast &lt;text&gt; (admin): queues a free-form alert for every subscriber; the dispatcher sends it.</summary>
public sealed class BroadcastCommand(BroadcastUseCase broadcast, ILogger<BroadcastCommand> logger) : IBotCommand
{
    public string Name => "broadcast";

    public string Description => "Send an announcement to all subscribers (admin)";

    public bool AdminOnly => true;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var from = context.Message.From;
        var actor = new Actor(from?.Id ?? 0, string.Join(' ', new[] { from?.FirstName, from?.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))));
        var queued = await broadcast.ExecuteAsync(actor.Label, context.Arguments, cancellationToken).ConfigureAwait(false);
        var texts = context.Curator;
        var reply = queued is null ? texts.BroadcastUsage
            : queued.Recipients == 0 ? texts.BroadcastStored(queued.AlertId)
            : texts.BroadcastQueued(queued.AlertId, queued.Recipients);
        logger.LogInformation("Admin {UserId} ran /broadcast: {Reply}", context.UserId, reply);
        await context.RespondAsync(Html.Escape(reply), cancellationToken).ConfigureAwait(false);
    }
}
