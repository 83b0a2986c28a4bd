using ChatBot.Core.Answering;
using ChatBot.Core.Rendering;
using ChatBot.Telegram.Replies;

namespace ChatBot.Telegram.Commands;

/// <summary>"/fact &lt;id&gt;": one fact by the id shown under every answer.</summary>
public sealed class FactCommand(QuestionAnswerer answerer, HtmlAnswerRenderer renderer) : IBotCommand
{
    public string Name => "fact";

    public string Description => "Show one fact by its id: /fact <id>";

    public bool AdminOnly => false;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = context.Arguments.Trim();
        if (id.Length == 0)
        {
            await context.RespondAsync("Usage: <code>/fact &lt;id&gt;</code> — the id is shown under every answer.", cancellationToken).ConfigureAwait(false);
            return;
        }
        var outcome = await answerer.ForFactAsync(id, cancellationToken).ConfigureAwait(false);
        var text = outcome is null ? BotTexts.FactNotFound(id) : renderer.Render(outcome);
        await context.RespondAsync(text, cancellationToken).ConfigureAwait(false);
    }
}
