using ChatBot.Core.Alerts;
using ChatBot.Core.Rendering;

namespace ChatBot.Telegram.Commands.Alerts;

/// <summary>/subscribe [topics]: alerts for every changed fact, or for some tags; also resumes after a block.</summary>
public sealed class SubscribeCommand(SubscribeUseCase subscribe, KnownTopics topics, GroupAdmins admins) : IBotCommand
{
    public string Name => "subscribe";

    public string Description => "Get an alert when a fact changes: /subscribe [topics]";

    public bool AdminOnly => false;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await admins.RefusalAsync(context, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            await context.RespondAsync(refusal, cancellationToken).ConfigureAwait(false);
            return;
        }
        var known = await topics.GetAsync(cancellationToken).ConfigureAwait(false);
        if (TypedTopics.Unknown(context.Arguments, known) is { Count: > 0 } unknown)
        {
            await context.RespondAsync(Html.Escape(context.Texts.UnknownTopics(unknown, known)), cancellationToken).ConfigureAwait(false);
            return;
        }
        // A German or French reader reads the English frame but gets the curated German or French answer, as in replies.
        var alertLanguage = AlertTexts.For(context.Language.AnswerLanguageForFact).Language;
        var reply = await subscribe.ExecuteAsync(context.ChatId, context.Arguments, context.Texts, alertLanguage, cancellationToken).ConfigureAwait(false);
        await context.RespondAsync(Html.Escape(reply), cancellationToken).ConfigureAwait(false);
    }
}
