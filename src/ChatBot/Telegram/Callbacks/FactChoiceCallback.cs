using ChatBot.Core.Answering;
using ChatBot.Core.Conversations;
using ChatBot.Telegram.Answers;
using ChatBot.Telegram.Replies;

namespace ChatBot.Telegram.Callbacks;

/// <summary>A "did you mean" button: answers with the chosen fact and, when the asker pressed it, records the choice for the curators.</summary>
/// <remarks>
/// The answer sent for a press is remembered against the message with the buttons, so a second press (a double tap, or
/// a tap on a keyboard Telegram has not yet removed) is acknowledged without sending the answer again.
/// </remarks>
public sealed class FactChoiceCallback(QuestionAnswerer answerer, AnswerPresenter presenter, FollowUps followUps, IQuestionLog questions,
    IAnswerMessages answers, TimeProvider time) : ICallbackHandler
{
    public string Prefix => FactChoice.Prefix;

    public async Task HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!FactChoice.TryParse(context.Query.Data, out var questionId, out var factId))
        {
            await context.AnswerAsync(context.Texts.FactGone, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (context.Query.Message is { } offer
            && await answers.FindAsync(offer.Chat.Id, offer.Id, cancellationToken).ConfigureAwait(false) is not null)
        {
            await context.AnswerAsync(context.Texts.AlreadyAnswered, cancellationToken).ConfigureAwait(false);
            return;
        }
        var outcome = await answerer.ForFactAsync(factId, cancellationToken).ConfigureAwait(false);
        if (outcome?.Fact is not { } fact)
        {
            await context.AnswerAsync(context.Texts.FactGone, cancellationToken).ConfigureAwait(false);
            return;
        }
        // Answer first: the spinner on the user's button stops while the reply is on its way.
        await context.AnswerAsync(null, cancellationToken).ConfigureAwait(false);
        if (questionId is { } id)
        {
            // Only the asker's own press counts; anyone else still gets the (public) answer below.
            await questions.RecordChoiceAsync(id, context.Query.From.Id, factId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
        if (context.Query.Message is { } message)
        {
            await context.Reply.RemoveKeyboardAsync(message.Chat.Id, message.Id, cancellationToken).ConfigureAwait(false);
        }
        // Votes on this answer belong to the question that was asked, so curators see it with them.
        var answer = await presenter.PresentAsync(outcome, questionId ?? 0, null, context.Texts, context.Language.AnswerLanguageForFact, cancellationToken).ConfigureAwait(false);
        var sent = await context.Reply.SendHtmlAsync(context.ChatId, answer.Html, null, answer.Keyboard, cancellationToken).ConfigureAwait(false);
        followUps.Remember(sent, fact.Id);
        if (context.Query.Message is { } pressed && sent is not null)
        {
            await answers.RememberAsync(pressed.Chat.Id, pressed.Id, sent.Id, context.Query.From.Id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
    }
}
