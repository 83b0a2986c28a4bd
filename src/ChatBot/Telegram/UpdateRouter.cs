using ChatBot.Core.Conversations;
using ChatBot.Options;
using ChatBot.Telegram.Callbacks;
using ChatBot.Telegram.Commands;
using ChatBot.Telegram.Conversation;
using ChatBot.Telegram.Inline;
using ChatBot.Telegram.Replies;
using ChatBot.Telegram.Texts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram;

/// <summary>One update to the handler for its kind: command, question, button press or inline query.</summary>
/// <remarks>
/// Commands and callback handlers are resolved from the update's scope only when the update is a command or a button
/// press: building every command for every question was a large share of a question's cost.
/// </remarks>
public sealed class UpdateRouter(
    BotIdentity identity,
    IServiceProvider scope,
    QuestionHandler questions,
    InlineQueryHandler inline,
    SmallTalkHandler smallTalk,
    GroupIntro groupIntro,
    FloodGuard flood,
    ReplySender reply,
    LanguageChoices languages,
    IOptions<BotOptions> options,
    ILogger<UpdateRouter> logger)
{
    public Task RouteAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update switch
        {
            { Message: { } message } => OnMessageAsync(message, update.Id, cancellationToken),
            { EditedMessage: { } edited } => OnMessageAsync(edited, update.Id, cancellationToken),
            { MyChatMember: { } member } => OnMemberAsync(member, cancellationToken),
            { CallbackQuery: { } query } => OnCallbackAsync(query, update.Id, cancellationToken),
            { InlineQuery: { } query } => OnInlineAsync(query, update.Id, cancellationToken),
            _ => Ignore(update),
        };
    }

    private async Task OnMessageAsync(Message message, long updateId, CancellationToken cancellationToken)
    {
        var bot = identity.Profile;
        if (message.From is not { IsBot: false } from || !GroupAddressing.IsAddressed(message, bot))
        {
            return;
        }
        var language = await languages.ForAsync(from, cancellationToken).ConfigureAwait(false);
        // A caption is read like text: a screenshot captioned with a question is a question, and a document sent with
        // "/addsource …" or "/import" as its caption is a command.
        var text = message.Text ?? message.Caption;
        var entities = message.Text is null ? message.CaptionEntities : message.Entities;
        if (text is not null && entities is [var command, ..] && IsCommand(command, text))
        {
            // Only questions are answered again after an edit: running a command twice would repeat what it changed.
            if (message.EditDate is null)
            {
                await OnCommandAsync(message, text, command.Length, updateId, bot, language, cancellationToken).ConfigureAwait(false);
            }
            return;
        }
        if (!await AllowQuestionAsync(message, from.Id, updateId, language.Texts, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        if (text is null)
        {
            await reply.ReplyAsync(message, language.Texts.NotText, null, cancellationToken).ConfigureAwait(false);
            return;
        }
        var question = GroupAddressing.QuestionText(message, bot);
        if (!await smallTalk.TryHandleAsync(message, question, language.Texts, cancellationToken).ConfigureAwait(false))
        {
            await questions.HandleAsync(message, question, updateId, language, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task OnMemberAsync(ChatMemberUpdated member, CancellationToken cancellationToken)
    {
        var language = await languages.ForAsync(member.From, cancellationToken).ConfigureAwait(false);
        await groupIntro.HandleAsync(member, language.Texts, cancellationToken).ConfigureAwait(false);
    }

    // Only questions count against the flood limit, and never an admin's: commands such as /help and /unsubscribe
    // must work for a user who was limited, and a limited user is told so once per window rather than met with silence.
    private async Task<bool> AllowQuestionAsync(Message message, long userId, long updateId, IUiTexts texts, CancellationToken cancellationToken)
    {
        if (options.Value.IsAdmin(userId))
        {
            return true;
        }
        switch (await flood.CheckAsync(userId, cancellationToken).ConfigureAwait(false))
        {
            case FloodDecision.Notify:
                await reply.ReplyAsync(message, texts.FloodNotice, null, cancellationToken).ConfigureAwait(false);
                return false;
            case FloodDecision.Drop:
                logger.LogDebug("Dropped update {UpdateId} from user {UserId}: over the flood limit", updateId, userId);
                return false;
            default:
                return true;
        }
    }

    // Entities come from the network: one that runs past the text (a forged or buggy client) is not a command, and
    // the message is then handled as plain text rather than throwing on the slice.
    private static bool IsCommand(MessageEntity entity, string text) =>
        entity is { Type: MessageEntityType.BotCommand, Offset: 0, Length: >= 2 } && entity.Length <= text.Length && text[0] == '/';

    // Each inline query runs the matcher like a question does, so it counts against the same per-user limit; a
    // flooding user's queries are left unanswered (Telegram shows no results) rather than spending a call on each.
    private async Task OnInlineAsync(InlineQuery query, long updateId, CancellationToken cancellationToken)
    {
        if (options.Value.IsAdmin(query.From.Id) || await flood.CheckAsync(query.From.Id, cancellationToken).ConfigureAwait(false) == FloodDecision.Allow)
        {
            var language = await languages.ForAsync(query.From, cancellationToken).ConfigureAwait(false);
            await inline.HandleAsync(query, language, cancellationToken).ConfigureAwait(false);
            return;
        }
        logger.LogDebug("Dropped inline query of update {UpdateId} from user {UserId}: over the flood limit", updateId, query.From.Id);
    }

    private async Task OnCommandAsync(Message message, string text, int length, long updateId, BotProfile bot, UserLanguage language,
        CancellationToken cancellationToken)
    {
        var word = text[1..length];
        var at = word.IndexOf('@', StringComparison.Ordinal);
        var addressed = at >= 0 || message.Chat.Type == ChatType.Private;
        if (at >= 0)
        {
            // "/help@otherbot" in a group is for another bot.
            if (!string.Equals(word[(at + 1)..], bot.Username, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
            word = word[..at];
        }
        var userId = message.From?.Id;
        var commands = scope.GetRequiredService<CommandCatalog>();
        var command = commands.Find(word, userId);
        if (command is null)
        {
            if (commands.All.Any(c => c.AdminOnly && string.Equals(c.Name, word, StringComparison.OrdinalIgnoreCase)))
            {
                // The user is told only what any unknown command gets; curators can see the attempt in the log.
                logger.LogWarning("Refused admin command /{Command} from non-admin user {UserId} in chat {ChatId}", word, userId, message.Chat.Id);
            }
            // In a group, a bare "/settings" may be for any of its bots: only one sent to this bot by name is answered.
            if (addressed)
            {
                await reply.ReplyAsync(message, language.Texts.UnknownCommand, null, cancellationToken).ConfigureAwait(false);
            }
            return;
        }
        var receipts = scope.GetRequiredService<ICommandReceipts>();
        if (await receipts.FindAsync(updateId, cancellationToken).ConfigureAwait(false) is { } recorded)
        {
            // Replayed after a crash or a stop: the change is already made; say again what was said then.
            logger.LogInformation("Update {UpdateId} (/{Command}) was applied before; resending its {Count} recorded replies", updateId, word, recorded.Count);
            foreach (var html in recorded)
            {
                await reply.ReplyAsync(message, html, null, cancellationToken).ConfigureAwait(false);
            }
            return;
        }
        using var receipt = receipts.Begin(updateId, message.Chat.Id, word);
        var context = new CommandContext(message, text[length..].Trim(), updateId, options.Value.IsAdmin(userId), reply, receipt) { Language = language };
        await command.ExecuteAsync(context, cancellationToken).ConfigureAwait(false);
        receipt.Complete();
    }

    private async Task OnCallbackAsync(CallbackQuery query, long updateId, CancellationToken cancellationToken)
    {
        var language = await languages.ForAsync(query.From, cancellationToken).ConfigureAwait(false);
        var context = new CallbackContext(query, updateId, options.Value.IsAdmin(query.From.Id), reply, language);
        try
        {
            // The longest matching prefix wins, so "f:" and a later "fx:" cannot shadow each other.
            var handler = scope.GetServices<ICallbackHandler>().Where(h => query.Data?.StartsWith(h.Prefix, StringComparison.Ordinal) == true)
                .MaxBy(h => h.Prefix.Length);
            // Button presses are never limited: they answer what the bot itself offered.
            if (handler is null)
            {
                await context.AnswerAsync(context.Texts.FactGone, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await handler.HandleAsync(context, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            // Every callback query is answered, or the user's button spins until Telegram gives up.
            if (!context.Answered && !cancellationToken.IsCancellationRequested)
            {
                await AnswerQuietlyAsync(context, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task AnswerQuietlyAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        try
        {
            await context.AnswerAsync(null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Could not answer callback query of update {UpdateId}: {Error}", context.UpdateId, TelegramCallPolicy.Describe(ex));
        }
    }

    private Task Ignore(Update update)
    {
        logger.LogDebug("Ignored update {UpdateId} of type {Type}", update.Id, update.Type);
        return Task.CompletedTask;
    }
}
