using ChatBot.Core.Curation;
using ChatBot.Telegram.Callbacks;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Commands.Admin.Feedback;

/// <summary>"open" under /feedback: the fact as curators see it, id and alternates included.</summary>
public sealed class FeedbackOpenCallback(ICurationRepository repository, ILogger<FeedbackOpenCallback> logger) : ICallbackHandler
{
    public string Prefix => FeedbackButtons.OpenPrefix;

    public async Task HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await AdminInput.RefuseNonAdminAsync(context, logger, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        var fact = await repository.GetFactAsync(context.Query.Data![Prefix.Length..], cancellationToken).ConfigureAwait(false);
        if (fact is null)
        {
            await context.AnswerAsync(context.Texts.FactGone, cancellationToken).ConfigureAwait(false);
            return;
        }
        await context.AnswerAsync(null, cancellationToken).ConfigureAwait(false);
        await context.Reply.SendHtmlAsync(context.ChatId, FeedbackTexts.Fact(context.Curator, fact), null, null, cancellationToken).ConfigureAwait(false);
    }
}
