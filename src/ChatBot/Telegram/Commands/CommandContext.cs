using ChatBot.Telegram.Replies;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Commands;

/// <summary>A command as typed: the message, the text after the command word, and how to answer it.</summary>
public sealed record CommandContext(Message Message, string Arguments, long UpdateId, bool IsAdmin, ReplySender Reply)
{
    public long ChatId => Message.Chat.Id;

    public long? UserId => Message.From?.Id;

    public bool IsPrivateChat => Message.Chat.Type == ChatType.Private;

    /// <summary>Replies with HTML; in groups the reply quotes the command message.</summary>
    public Task RespondAsync(string html, CancellationToken cancellationToken) =>
        Reply.ReplyAsync(Message, html, null, cancellationToken);
}
