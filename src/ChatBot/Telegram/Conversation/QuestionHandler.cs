using ChatBot.Core.Answering;
using ChatBot.Core.Conversations;
using ChatBot.Core.Rendering;
using ChatBot.Options;
using ChatBot.Telegram.Replies;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace ChatBot.Telegram.Conversation;

/// <summary>A question in a message: answer with citations, offer "did you mean" choices, or say what the bot covers.</summary>
public sealed class QuestionHandler(
    QuestionAnswerer answerer,
    HtmlAnswerRenderer renderer,
    IQuestionLog questions,
    ExampleQuestions examples,
    ReplySender reply,
    AnswerDelivery delivery,
    TimeProvider time,
    IOptions<BotOptions> options)
{
    public async Task HandleAsync(Message message, string question, long updateId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        question = question.Trim();
        if (question.Length > options.Value.MaxQuestionLength)
        {
            await reply.ReplyAsync(message, BotTexts.TooLong(options.Value.MaxQuestionLength), null, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!question.Any(char.IsLetterOrDigit))
        {
            await reply.ReplyAsync(message, BotTexts.NoQuestion, null, cancellationToken).ConfigureAwait(false);
            return;
        }
        await reply.TypingAsync(message.Chat.Id, cancellationToken).ConfigureAwait(false);
        var outcome = await answerer.AnswerAsync(question, cancellationToken).ConfigureAwait(false);
        var alternatives = outcome.Alternatives.Where(a => a.FactId != outcome.Fact?.Id).ToList();
        var questionId = await questions.RecordAsync(new QuestionRecord(
            updateId, time.GetUtcNow(), message.Chat.Id, message.From?.Id, message.Chat.Type.ToString().ToLowerInvariant(), question,
            outcome.Answered, outcome.Fact?.Id, outcome.Confidence, alternatives.Select(a => a.FactId).ToList()), cancellationToken).ConfigureAwait(false);
        var keyboard = Keyboards.DidYouMean(alternatives, questionId);
        string html;
        if (outcome.Answered)
        {
            html = renderer.Render(outcome);
            if (keyboard is not null)
            {
                html += "\n\n" + BotTexts.AlsoAsked;
            }
        }
        else if (keyboard is not null)
        {
            html = BotTexts.DidYouMean;
        }
        else
        {
            html = BotTexts.Unanswered(await examples.GetAsync(cancellationToken).ConfigureAwait(false));
        }
        await delivery.DeliverAsync(message, html, keyboard, cancellationToken).ConfigureAwait(false);
    }
}
