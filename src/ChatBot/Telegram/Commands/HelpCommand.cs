using ChatBot.Telegram.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Telegram.Commands;

/// <remarks>The catalog is resolved when the command runs: it lists this command, so it cannot be a constructor argument.</remarks>
public sealed class HelpCommand(IServiceProvider services, ExampleQuestions examples, BotIdentity identity) : IBotCommand
{
    public string Name => "help";

    public string Description => "How to ask, and the commands";

    public bool AdminOnly => false;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var commands = services.GetRequiredService<CommandCatalog>().VisibleTo(context.UserId);
        var text = context.Texts.Help(commands, await examples.GetAsync(context.Texts.Language, cancellationToken).ConfigureAwait(false), identity.Profile.Username);
        await context.RespondAsync(text, cancellationToken).ConfigureAwait(false);
    }
}
