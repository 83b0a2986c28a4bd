using ChatBot.Core.Curation.Insights;
using ChatBot.Core.Curation.Replies;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>/stats: questions asked, share answered, top facts, unanswered, subscribers.</summary>
public sealed class StatsCommand(CurationStats stats) : IBotCommand
{
    public string Name => "stats";

    public string Description => "Usage statistics (admin)";

    public bool AdminOnly => true;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = await stats.GetAsync(5, cancellationToken).ConfigureAwait(false);
        await context.RespondAsync(ReportReplies.Stats(report), cancellationToken).ConfigureAwait(false);
    }
}
