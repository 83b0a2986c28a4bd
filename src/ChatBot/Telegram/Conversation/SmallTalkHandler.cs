using ChatBot.Telegram.Replies;
using ChatBot.Telegram.Texts;
using Telegram.Bot.Types;

namespace ChatBot.Telegram.Conversation;

/// <summary>Answers a greeting, a thanks or "who are you" with one friendly line and one example question.</summary>
public sealed class SmallTalkHandler(ExampleQuestions examples, AnswerDelivery delivery)
{
    public async Task<bool> TryHandleAsync(Message message, string text, IUiTexts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(texts);
        var kind = SmallTalk.Classify(text);
        if (kind == SmallTalkKind.None)
        {
            return false;
        }
        var questions = await examples.GetAsync(texts.Language, cancellationToken).ConfigureAwait(false);
        var example = questions.Count > 0 ? questions[0] : null;
        await delivery.DeliverAsync(message, texts.SmallTalkReply(kind, example), null, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
