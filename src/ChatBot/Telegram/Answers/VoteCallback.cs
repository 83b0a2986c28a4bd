using ChatBot.Core.Feedback;
using ChatBot.Telegram.Callbacks;
using ChatBot.Telegram.Replies;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Answers;

/// <summary>👍 / 👎 under an answer: one vote per user per answer, changeable; a first 👎 asks what was wrong.</summary>
public sealed class VoteCallback(IAnswerVotes votes, MessageEditor editor, TimeProvider time) : ICallbackHandler
{
    public const string ReasonPrefix = "w:";

    private static readonly (char Code, string Reason)[] Reasons =
        [('w', DownVoteReason.Wrong), ('o', DownVoteReason.Outdated), ('q', DownVoteReason.Unanswered)];

    public string Prefix => AnswerKeyboard.VotePrefix;

    public async Task HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!AnswerRef.TryParse(context.Query.Data, Prefix, out var code, out var answer) || code is not (AnswerKeyboard.Up or AnswerKeyboard.Down))
        {
            await context.AnswerAsync(context.Texts.FactGone, cancellationToken).ConfigureAwait(false);
            return;
        }
        var up = code == AnswerKeyboard.Up;
        var outcome = await votes.CastAsync(new VoteRequest(answer.QuestionId, answer.FactId, context.Query.From.Id, context.ChatId, up,
            context.UpdateId, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        await context.AnswerAsync(up ? context.Texts.ThanksUp : context.Texts.ThanksDown, cancellationToken).ConfigureAwait(false);
        if (context.Query.Message is not { } message)
        {
            return;
        }
        if (message.ReplyMarkup is { } markup)
        {
            await editor.KeyboardAsync(message.Chat.Id, message.Id, AnswerKeyboard.WithTally(markup, outcome.Up, outcome.Down), cancellationToken)
                .ConfigureAwait(false);
        }
        if (outcome.AskReason)
        {
            var buttons = Reasons.Select(r => answer.Data(ReasonPrefix, r.Code) is { } data
                ? new[] { InlineKeyboardButton.WithCallbackData(context.Texts.Reason(r.Reason), data) } : null).OfType<InlineKeyboardButton[]>().ToArray();
            await context.Reply.SendHtmlAsync(message.Chat.Id, context.Texts.WhatWasWrong, message.Id, new InlineKeyboardMarkup(buttons), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    public static string? ReasonOf(char code) => Reasons.FirstOrDefault(r => r.Code == code).Reason;
}
