using ChatBot.Telegram.Answers;

namespace ChatBot.Telegram.Commands;

/// <summary>"/fact &lt;id&gt;": one answer by its id, as links and curators' views name it.</summary>
public sealed class FactCommand(FactOpener opener) : IBotCommand
{
    public string Name => "fact";

    public string Description => "Show one answer by its id: /fact <id>";

    public bool AdminOnly => false;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = context.Arguments.Trim();
        if (id.Length == 0)
        {
            await context.RespondAsync(context.Texts.FactUsage, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!await opener.TryOpenAsync(context, id, cancellationToken).ConfigureAwait(false))
        {
            await context.RespondAsync(context.Texts.FactNotFound(id), cancellationToken).ConfigureAwait(false);
        }
    }
}
