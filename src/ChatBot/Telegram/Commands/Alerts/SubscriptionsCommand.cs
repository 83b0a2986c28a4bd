using ChatBot.Core.Alerts;
using ChatBot.Core.Rendering;

namespace ChatBot.Telegram.Commands.Alerts;

/// <summary>/subscriptions: what this chat gets alerts for.</summary>
public sealed class SubscriptionsCommand(ListSubscriptionsUseCase list) : IBotCommand
{
    public string Name => "subscriptions";

    public string Description => "Show what you get alerts for";

    public bool AdminOnly => false;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reply = await list.ExecuteAsync(context.ChatId, context.Texts, cancellationToken).ConfigureAwait(false);
        await context.RespondAsync(Html.Escape(reply), cancellationToken).ConfigureAwait(false);
    }
}
