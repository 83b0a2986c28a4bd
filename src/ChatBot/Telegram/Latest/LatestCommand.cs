using ChatBot.Core.Changes;
using ChatBot.Telegram.Commands;

namespace ChatBot.Telegram.Latest;

/// <summary>/latest: the newest changes to what the bot knows.</summary>
public sealed class LatestCommand(LatestChanges latest) : IBotCommand
{
    public const int Shown = 5;

    public string Name => "latest";

    public string Description => "What's new: the latest added, corrected and retracted answers";

    public bool AdminOnly => false;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var changes = await latest.GetAsync(Shown, cancellationToken).ConfigureAwait(false);
        await context.Reply.ReplyAsync(context.Message, LatestTexts.Render(changes, context.Texts, context.Language.AnswerLanguageForFact), null, cancellationToken).ConfigureAwait(false);
    }
}
