using ChatBot.Core.Curation.Insights;
using ChatBot.Core.Feedback;
using ChatBot.Telegram.Commands.Admin.Feedback;
using ChatBot.Telegram.Texts.Curation;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>/stats: questions asked, share answered, top facts, unanswered, subscribers, votes per fact.</summary>
public sealed class StatsCommand(CurationStats stats, IAnswerVotes votes) : IBotCommand
{
    private const int VotedFacts = 10;

    public string Name => "stats";

    public string Description => "Usage statistics (admin)";

    public bool AdminOnly => true;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = await stats.GetAsync(5, cancellationToken).ConfigureAwait(false);
        var perFact = await votes.GetPerFactAsync(VotedFacts, cancellationToken).ConfigureAwait(false);
        await context.RespondAsync(ReportReplies.Stats(context.Curator, report) + FeedbackTexts.Votes(context.Curator, perFact), cancellationToken).ConfigureAwait(false);
    }
}
