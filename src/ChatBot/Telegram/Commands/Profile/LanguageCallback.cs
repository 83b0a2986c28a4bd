using ChatBot.Core.Conversations;
using ChatBot.Core.Languages;
using ChatBot.Telegram.Callbacks;
using ChatBot.Telegram.Replies;
using ChatBot.Telegram.Texts;

namespace ChatBot.Telegram.Commands.Profile;

/// <summary>
/// A /language button: sets the presser's language and redraws the message in it. Like a command, the change commits
/// with its reply under the update's receipt, so a press replayed after a crash changes nothing again.
/// </summary>
public sealed class LanguageCallback(LanguageChoices choices, ICommandReceipts receipts, MessageEditor editor) : ICallbackHandler
{
    public string Prefix => LanguageKeyboard.Prefix;

    public async Task HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = context.Query.Data?[Prefix.Length..] ?? "";
        var code = InterfaceLanguage.ParseChoice(value);
        if (code is null && value != LanguageKeyboard.Auto)
        {
            await context.AnswerAsync(context.Texts.FactGone, cancellationToken).ConfigureAwait(false);
            return;
        }
        var userId = context.Query.From.Id;
        if (await receipts.FindAsync(context.UpdateId, cancellationToken).ConfigureAwait(false) is null)
        {
            using var receipt = receipts.Begin(context.UpdateId, context.ChatId, "language");
            await choices.SetAsync(userId, code, cancellationToken).ConfigureAwait(false);
            try
            {
                // A button's "reply" is the redrawn message; the receipt records which choice the press made.
                receipt.Record(Prefix + value);
                receipt.Complete();
            }
            finally
            {
                choices.Forget(userId);
            }
        }
        var now = context.Language with { Chosen = code };
        await context.AnswerAsync(null, cancellationToken).ConfigureAwait(false);
        if (context.Query.Message is { } message)
        {
            await editor.TryEditAsync(message.Chat.Id, message.Id, now.Texts.LanguageStatus(now.Chosen, now.Interface),
                LanguageKeyboard.For(now.Chosen, now.Texts), cancellationToken).ConfigureAwait(false);
        }
    }
}
