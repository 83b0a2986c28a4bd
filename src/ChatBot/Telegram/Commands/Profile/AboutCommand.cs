using ChatBot.Options;
using Microsoft.Extensions.Options;

namespace ChatBot.Telegram.Commands.Profile;

/// <summary>/about: what the bot is, who curates it and how to reach them.</summary>
public sealed class AboutCommand(IOptions<BotProfileOptions> profile) : IBotCommand
{
    public string Name => "about";

    public string Description => "What this bot is and who curates it";

    public bool AdminOnly => false;

    public Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RespondAsync(context.Texts.About(profile.Value.ContactText), cancellationToken);
    }
}
