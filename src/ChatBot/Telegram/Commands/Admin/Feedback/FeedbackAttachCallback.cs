using ChatBot.Core.Conversations;
using ChatBot.Core.Feedback;
using ChatBot.Telegram.Callbacks;
using ChatBot.Telegram.Replies;
using ChatBot.Telegram.Texts.Curation;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Commands.Admin.Feedback;

/// <summary>"attach" under /feedback: the down-voted question becomes an alternate of the better fact, in one transaction.</summary>
/// <remarks>The list the button was on is redrawn after the press, so its buttons never point at a handled question.</remarks>
public sealed class FeedbackAttachCallback(FeedbackReport report, IQuestionLog questions, MessageEditor editor, ILogger<FeedbackAttachCallback> logger)
    : ICallbackHandler
{
    public string Prefix => FeedbackButtons.AttachPrefix;

    public async Task HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await AdminInput.RefuseNonAdminAsync(context, logger, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        if (!FeedbackButtons.TryParseAttach(context.Query.Data, out var questionId, out var factId)
            || await questions.GetAsync(questionId, cancellationToken).ConfigureAwait(false) is not { } logged)
        {
            await context.AnswerAsync(context.Curator.FeedbackOutdated, cancellationToken).ConfigureAwait(false);
            return;
        }
        var from = context.Query.From;
        var actor = AdminInput.ActorOf(from);
        var result = await report.AttachAsync(logged.Record.Question, logged.Record.Language, factId, actor, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Admin {UserId} attached down-voted question {QuestionId} to {FactId}: {Outcome}", from.Id, questionId, factId,
            result.Succeeded ? "done" : "refused");
        await context.AnswerAsync(null, cancellationToken).ConfigureAwait(false);
        var html = result.Succeeded
            ? CurationReplies.FactChanged(context.Curator, result.Value!.Fact, FactChange.NewQuestion, result.Value.Language)
            : CurationReplies.Errors(context.Curator, context.Curator.AttachAction, result.Errors);
        await context.Reply.SendHtmlAsync(context.ChatId, html, null, null, cancellationToken).ConfigureAwait(false);
        if (context.Query.Message is { } list)
        {
            var items = await report.GetAsync(FeedbackCommand.Shown, cancellationToken).ConfigureAwait(false);
            await editor.TryEditAsync(list.Chat.Id, list.Id, FeedbackTexts.Report(context.Curator, items), FeedbackButtons.For(items, context.Curator), cancellationToken).ConfigureAwait(false);
        }
    }
}
