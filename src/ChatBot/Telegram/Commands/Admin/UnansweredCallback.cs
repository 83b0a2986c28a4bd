using ChatBot.Core.Curation.Insights;
using ChatBot.Telegram.Callbacks;
using ChatBot.Telegram.Replies;
using ChatBot.Telegram.Texts.Curation;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>A press on an /unanswered button: attach the question to the suggested fact, make a fact of the quoted source sentence, or dismiss it.</summary>
/// <remarks>The list the button was on is redrawn after each press, so its buttons never point at a handled question.</remarks>
public sealed class UnansweredCallback(UnansweredReport report, MessageEditor editor, ILogger<UnansweredCallback> logger) : ICallbackHandler
{
    public string Prefix => UnansweredButtons.Prefix;

    public async Task HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await AdminInput.RefuseNonAdminAsync(context, logger, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        var makeFact = UnansweredButtons.TryParseMakeFact(context.Query.Data, out var made);
        if (makeFact)
        {
            var actorOf = AdminInput.ActorOf(context.Query.From);
            var result = await report.MakeFactAsync(made, actorOf, cancellationToken).ConfigureAwait(false);
            var reply = result.Succeeded
                ? CurationReplies.FactChanged(context.Curator, result.Value!, FactChange.MadeFromSentence)
                : CurationReplies.Errors(context.Curator, context.Curator.MakeFactAction, result.Errors);
            logger.LogInformation("Admin {UserId} pressed make-fact on unanswered question {Handle}", actorOf.UserId, made);
            await FinishAsync(context, reply, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!UnansweredButtons.TryParse(context.Query.Data, out var attach, out var handle, out var factId))
        {
            await context.AnswerAsync(context.Curator.UnansweredOutdated, cancellationToken).ConfigureAwait(false);
            return;
        }
        var actor = AdminInput.ActorOf(context.Query.From);
        string html;
        if (attach)
        {
            var result = await report.AttachAsync(handle, factId!, actor, cancellationToken).ConfigureAwait(false);
            html = result.Value is { } attached
                ? CurationReplies.FactChanged(context.Curator, attached.Fact, FactChange.NewQuestion, attached.Language)
                : CurationReplies.Errors(context.Curator, context.Curator.AttachAction, result.Errors);
        }
        else
        {
            var result = await report.DismissAsync(handle, actor, cancellationToken).ConfigureAwait(false);
            html = result.Succeeded
                ? context.Curator.Dismissed(Core.Rendering.Html.Escape(result.Value!.Text))
                : CurationReplies.Errors(context.Curator, context.Curator.DismissAction, result.Errors);
        }
        logger.LogInformation("Admin {UserId} pressed {Action} on unanswered question {Handle}", actor.UserId, attach ? "attach" : "dismiss", handle);
        await FinishAsync(context, html, cancellationToken).ConfigureAwait(false);
    }

    private async Task FinishAsync(CallbackContext context, string html, CancellationToken cancellationToken)
    {
        await context.AnswerAsync(null, cancellationToken).ConfigureAwait(false);
        await context.Reply.SendHtmlAsync(context.ChatId, html, null, null, cancellationToken).ConfigureAwait(false);
        if (context.Query.Message is { } list)
        {
            var items = await report.GetAsync(UnansweredCommand.Shown, cancellationToken).ConfigureAwait(false);
            await editor.TryEditAsync(list.Chat.Id, list.Id, ReportReplies.Unanswered(context.Curator, items), UnansweredButtons.For(items, context.Curator), cancellationToken).ConfigureAwait(false);
        }
    }
}
