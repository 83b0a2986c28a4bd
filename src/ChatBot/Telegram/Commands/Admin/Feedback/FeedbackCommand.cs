using ChatBot.Core.Feedback;

namespace ChatBot.Telegram.Commands.Admin.Feedback;

/// <summary>/feedback: the most down-voted answers, the questions that got them, and one-tap fixes.</summary>
public sealed class FeedbackCommand(FeedbackReport report) : IBotCommand
{
    public const int Shown = 8;

    public string Name => "feedback";

    public string Description => "Down-voted answers and the questions behind them (admin)";

    public bool AdminOnly => true;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var items = await report.GetAsync(Shown, cancellationToken).ConfigureAwait(false);
        await context.Reply.ReplyAsync(context.Message, FeedbackTexts.Report(context.Curator, items), FeedbackButtons.For(items, context.Curator), cancellationToken).ConfigureAwait(false);
    }
}
