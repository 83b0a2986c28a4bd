using ChatBot.Core.Alerts;
using ChatBot.Core.Rendering;

namespace ChatBot.Telegram.Commands.Alerts;

/// <summary>/unsubscribe [topics]: stop all alerts, or those of some topics.</summary>
public sealed class UnsubscribeCommand(UnsubscribeUseCase unsubscribe, KnownTopics topics, ISubscriptionStore subscriptions, GroupAdmins admins)
    : IBotCommand
{
    public string Name => "unsubscribe";

    public string Description => "Stop alerts: /unsubscribe [topics]";

    public bool AdminOnly => false;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await admins.RefusalAsync(context, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            await context.RespondAsync(refusal, cancellationToken).ConfigureAwait(false);
            return;
        }
        // A topic no fact has and the chat does not follow is a typo: say so, rather than answer as if it were understood.
        var known = await topics.GetAsync(cancellationToken).ConfigureAwait(false);
        var followed = (await subscriptions.GetAsync(context.ChatId, cancellationToken).ConfigureAwait(false))?.Tags ?? [];
        if (TypedTopics.Unknown(context.Arguments, known.Concat(followed)) is { Count: > 0 } unknown)
        {
            await context.RespondAsync(Html.Escape(context.Texts.UnknownTopics(unknown, known)), cancellationToken).ConfigureAwait(false);
            return;
        }
        var reply = await unsubscribe.ExecuteAsync(context.ChatId, context.Arguments, context.Texts, cancellationToken).ConfigureAwait(false);
        await context.RespondAsync(Html.Escape(reply), cancellationToken).ConfigureAwait(false);
    }
}
