using ChatBot.Core.Feedback;
using ChatBot.Core.Rendering;
using ChatBot.Telegram.Callbacks;
using ChatBot.Telegram.Replies;

namespace ChatBot.Telegram.Answers;

/// <summary>An answer to "What was wrong?": stored with the voter's 👎, where /feedback shows it to the curators.</summary>
public sealed class ReasonCallback(IAnswerVotes votes, MessageEditor editor) : ICallbackHandler
{
    public string Prefix => VoteCallback.ReasonPrefix;

    public async Task HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!AnswerRef.TryParse(context.Query.Data, Prefix, out var code, out var answer) || VoteCallback.ReasonOf(code) is not { } reason)
        {
            await context.AnswerAsync(context.Texts.FactGone, cancellationToken).ConfigureAwait(false);
            return;
        }
        // Only the voter's own down-vote takes a reason: in a group, others see the question but cannot answer for them.
        if (!await votes.SetReasonAsync(answer.QuestionId, answer.FactId, context.Query.From.Id, reason, cancellationToken).ConfigureAwait(false))
        {
            await context.AnswerAsync(context.Texts.ReasonNotYours, cancellationToken).ConfigureAwait(false);
            return;
        }
        await context.AnswerAsync(context.Texts.ReasonRecorded, cancellationToken).ConfigureAwait(false);
        if (context.Query.Message is { } message)
        {
            await editor.TextAsync(message.Chat.Id, message.Id,
                $"{context.Texts.ReasonRecorded} <i>({Html.Escape(context.Texts.Reason(reason))})</i>", cancellationToken).ConfigureAwait(false);
        }
    }
}
