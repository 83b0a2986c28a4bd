using ChatBot.Core.Curation;
using ChatBot.Telegram.Texts.Curation;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>
/// Shared shape of the admin commands: admin-only (others get exactly the unknown-command reply from the router),
/// a success reply naming the id, or a failure reply naming each wrong field; every outcome is logged with the actor.
/// </summary>
public abstract class AdminCommandBase(ILogger logger) : IBotCommand
{
    public abstract string Name { get; }

    public abstract string Description { get; }

    public bool AdminOnly => true;

    public abstract Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken);

    /// <summary>Replies with <paramref name="success"/> of the value, or with the errors; logs either way.</summary>
    protected async Task RespondAsync<T>(CommandContext context, CurationResult<T> result, Func<T, string> success, Func<T, string> target,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(success);
        ArgumentNullException.ThrowIfNull(target);
        if (result.Succeeded)
        {
            logger.LogInformation("Admin {UserId} ran /{Command} on {Target}", context.UserId, Name, target(result.Value!));
            await context.RespondAsync(success(result.Value!), cancellationToken).ConfigureAwait(false);
            return;
        }
        logger.LogInformation("Admin {UserId} ran /{Command}: refused ({Errors})", context.UserId, Name,
            string.Join("; ", result.Errors.Select(e => e.Field)));
        await context.RespondAsync(CurationReplies.Errors(context.Curator, "/" + Name, result.Errors), cancellationToken).ConfigureAwait(false);
    }
}
