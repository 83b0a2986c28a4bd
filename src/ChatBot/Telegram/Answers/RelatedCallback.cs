using ChatBot.Core.Answering;
using ChatBot.Telegram.Callbacks;

namespace ChatBot.Telegram.Answers;

/// <summary>A "Related" button: sends that answer, with its own buttons; the answer it was under stays as it is.</summary>
public sealed class RelatedCallback(QuestionAnswerer answerer, AnswerPresenter presenter, FollowUps followUps) : ICallbackHandler
{
    public string Prefix => AnswerKeyboard.RelatedPrefix;

    public async Task HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var factId = context.Query.Data?[Prefix.Length..] ?? "";
        if (factId.Length == 0 || await answerer.ForFactAsync(factId, cancellationToken).ConfigureAwait(false) is not { Fact: { } fact } outcome)
        {
            await context.AnswerAsync(context.Texts.FactGone, cancellationToken).ConfigureAwait(false);
            return;
        }
        await context.AnswerAsync(null, cancellationToken).ConfigureAwait(false);
        var answer = await presenter.PresentAsync(outcome, 0, null, context.Texts, context.Language.AnswerLanguageForFact, cancellationToken).ConfigureAwait(false);
        var sent = await context.Reply.SendHtmlAsync(context.ChatId, answer.Html, null, answer.Keyboard, cancellationToken).ConfigureAwait(false);
        followUps.Remember(sent, fact.Id);
    }
}
