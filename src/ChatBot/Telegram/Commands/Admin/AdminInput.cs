using ChatBot.Core.Curation;
using ChatBot.Telegram.Callbacks;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>Who sent an admin command and what they wrote after it.</summary>
internal static class AdminInput
{
    public static Actor ActorOf(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return ActorOf(message.From);
    }

    public static Actor ActorOf(User? from)
    {
        var name = from?.Username is { Length: > 0 } username ? "@" + username : $"{from?.FirstName} {from?.LastName}".Trim();
        return new Actor(from?.Id ?? 0, name);
    }

    /// <summary>Answers a non-admin's press on an admin button and says so; true when the press is refused.</summary>
    public static async Task<bool> RefuseNonAdminAsync(CallbackContext context, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.IsAdmin)
        {
            return false;
        }
        logger.LogWarning("User {UserId} pressed an admin button; refused", context.Query.From.Id);
        await context.AnswerAsync(context.Curator.NotForYou, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The rest of the command's line ("&lt;id&gt; v2") and the lines below it (the fields).</summary>
    public static (string FirstLine, string Body) Split(string arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var text = arguments.Replace("\r\n", "\n", StringComparison.Ordinal);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? (text.Trim(), string.Empty) : (text[..newline].Trim(), text[(newline + 1)..]);
    }

    /// <summary>A document sent with the command (as its caption) or the document the command replies to.</summary>
    public static (Document? Document, string? Caption) DocumentOf(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Document is { } own)
        {
            return (own, null);
        }
        return message.ReplyToMessage is { Document: { } replied } original ? (replied, original.Caption) : (null, null);
    }
}
