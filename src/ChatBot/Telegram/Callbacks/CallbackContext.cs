using ChatBot.Telegram.Replies;
using ChatBot.Telegram.Texts;
using ChatBot.Telegram.Texts.Curation;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace ChatBot.Telegram.Callbacks;

/// <summary>A button press and the means to answer it; remembers whether the query was answered.</summary>
public sealed class CallbackContext(CallbackQuery query, long updateId, bool isAdmin, ReplySender reply, UserLanguage? language = null)
{
    public CallbackQuery Query { get; } = query;

    public long UpdateId { get; } = updateId;

    public bool IsAdmin { get; } = isAdmin;

    public ReplySender Reply { get; } = reply;

    public bool Answered { get; private set; }

    /// <summary>The presser's language; toasts and new messages are worded in <see cref="Texts"/>.</summary>
    public UserLanguage Language { get; } = language ?? UserLanguage.Automatic;

    public IUiTexts Texts => Language.Texts;

    /// <summary>The words of curator replies in the presser's language.</summary>
    public ICuratorTexts Curator => CuratorTexts.For(Language.Interface);

    /// <summary>The chat of the message carrying the button (the presser's private chat for inline messages).</summary>
    public long ChatId => Query.Message?.Chat.Id ?? Query.From.Id;

    /// <summary>Stops the button's spinner; <paramref name="text"/> shows as a short toast.</summary>
    public async Task AnswerAsync(string? text, CancellationToken cancellationToken)
    {
        if (Answered)
        {
            return;
        }
        try
        {
            await Reply.AnswerCallbackAsync(Query.Id, text, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400)
        {
            // Already answered before a crash, or too old: the press itself still deserves its reply.
        }
        Answered = true;
    }
}
