using ChatBot.Options;
using Microsoft.Extensions.Options;

namespace ChatBot.Telegram.Commands.Profile;

/// <summary>/privacy: what is stored about people and for how long.</summary>
public sealed class PrivacyCommand(IOptions<PrivacyOptions> privacy) : IBotCommand
{
    public string Name => "privacy";

    public string Description => "What I store about you, and for how long";

    public bool AdminOnly => false;

    public Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RespondAsync(context.Texts.Privacy(privacy.Value.QuestionLogDays), cancellationToken);
    }
}
