using ChatBot.Core.Curation.Insights;
using ChatBot.Telegram.Texts.Curation;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>/unanswered: the most asked questions without a confident answer, each with attach/dismiss buttons.</summary>
public sealed class UnansweredCommand(UnansweredReport report) : IBotCommand
{
    public const int Shown = 8;

    public string Name => "unanswered";

    public string Description => "Questions the store does not answer well (admin)";

    public bool AdminOnly => true;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var items = await report.GetAsync(Shown, cancellationToken).ConfigureAwait(false);
        await context.Reply.ReplyAsync(context.Message, ReportReplies.Unanswered(context.Curator, items), UnansweredButtons.For(items, context.Curator), cancellationToken)
            .ConfigureAwait(false);
    }
}
