using ChatBot.Core.Privacy;
using ChatBot.Telegram.Texts;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Commands.Profile;

/// <summary>/forgetme: deletes the sender's questions, votes and subscriptions, in one transaction with its reply.</summary>
public sealed class ForgetMeCommand(IPrivacyStore privacy, LanguageChoices languages, ILogger<ForgetMeCommand> logger) : IBotCommand
{
    public string Name => "forgetme";

    public string Description => "Delete your questions, votes and subscriptions";

    public bool AdminOnly => false;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IsPrivateChat || context.UserId is not { } userId)
        {
            await context.RespondAsync(context.Texts.ForgetMeInGroup, cancellationToken).ConfigureAwait(false);
            return;
        }
        try
        {
            var result = await privacy.ForgetUserAsync(userId, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("User {UserId} asked to be forgotten: {Questions} questions, {Votes} votes, {Subscriptions} subscriptions deleted",
                userId, result.Questions, result.Votes, result.Subscriptions);
            await context.RespondAsync(context.Texts.Forgotten(result), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // The language choice went with the rest; a replay resends the reply and never gets here.
            languages.Forget(userId);
        }
    }
}
