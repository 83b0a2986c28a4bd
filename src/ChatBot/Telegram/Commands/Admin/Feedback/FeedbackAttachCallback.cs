using ChatBot.Core.Conversations;
using ChatBot.Core.Curation.Replies;
using ChatBot.Core.Feedback;
using ChatBot.Telegram.Callbacks;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Commands.Admin.Feedback;

/// <summary>"attach" under /feedback: the down-voted question becomes an alternate of the better fact, in one transaction.</summary>
public sealed class FeedbackAttachCallback(FeedbackReport report, IQuestionLog questions, ILogger<FeedbackAttachCallback> logger) : ICallbackHandler
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
            await context.AnswerAsync("That button is out of date; send /feedback again.", cancellationToken).ConfigureAwait(false);
            return;
        }
        var from = context.Query.From;
        var actor = AdminInput.ActorOf(from);
        var result = await report.AttachAsync(logged.Record.Question, factId, actor, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Admin {UserId} attached down-voted question {QuestionId} to {FactId}: {Outcome}", from.Id, questionId, factId,
            result.Succeeded ? "done" : "refused");
        await context.AnswerAsync(null, cancellationToken).ConfigureAwait(false);
        var html = result.Succeeded
            ? CurationReplies.FactChanged(result.Value!, "has a new alternate question")
            : CurationReplies.Errors("attach", result.Errors);
        await context.Reply.SendHtmlAsync(context.ChatId, html, null, null, cancellationToken).ConfigureAwait(false);
    }
}
