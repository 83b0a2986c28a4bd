using ChatBot.Telegram.Replies;

namespace ChatBot.Telegram.Commands;

public sealed class HelpCommand(CommandCatalog catalog, ExampleQuestions examples) : IBotCommand
{
    public string Name => "help";

    public string Description => "How to ask, and the commands";

    public bool AdminOnly => false;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var commands = catalog.VisibleTo(context.UserId);
        var text = BotTexts.Help(commands, await examples.GetAsync(cancellationToken).ConfigureAwait(false));
        await context.RespondAsync(text, cancellationToken).ConfigureAwait(false);
    }
}
