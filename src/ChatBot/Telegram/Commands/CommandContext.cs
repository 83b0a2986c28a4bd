using ChatBot.Core.Conversations;
using ChatBot.Telegram.Replies;
using ChatBot.Telegram.Texts;
using ChatBot.Telegram.Texts.Curation;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Commands;

/// <summary>
/// A command as typed: the message, the text after the command word, and how to answer it. <see cref="Receipt"/>
/// records each reply before it is sent, so a state change commits together with the reply that reports it.
/// </summary>
public sealed record CommandContext(Message Message, string Arguments, long UpdateId, bool IsAdmin, ReplySender Reply, ICommandReceipt? Receipt = null)
{
    /// <summary>The sender's language; replies are worded in <see cref="Texts"/>.</summary>
    public UserLanguage Language { get; init; } = UserLanguage.Automatic;

    public IUiTexts Texts => Language.Texts;

    /// <summary>The words of curator replies in the sender's language.</summary>
    public ICuratorTexts Curator => CuratorTexts.For(Language.Interface);

    public long ChatId => Message.Chat.Id;

    public long? UserId => Message.From?.Id;

    public bool IsPrivateChat => Message.Chat.Type == ChatType.Private;

    /// <summary>Replies with HTML; in groups the reply quotes the command message.</summary>
    public Task RespondAsync(string html, CancellationToken cancellationToken)
    {
        Receipt?.Record(html);
        return Reply.ReplyAsync(Message, html, null, cancellationToken);
    }
}
