namespace ChatBot.Core.Feedback;

/// <summary>Votes on answers, one per user per answer.</summary>
public interface IAnswerVotes
{
    /// <summary>Records or changes the vote in one transaction; the same update twice changes nothing more.</summary>
    Task<VoteOutcome> CastAsync(VoteRequest vote, CancellationToken cancellationToken = default);

    /// <summary>Sets the reason of the user's down-vote on that answer; false when there is no such down-vote.</summary>
    Task<bool> SetReasonAsync(long questionId, string factId, long userId, string reason, CancellationToken cancellationToken = default);

    /// <summary>Votes per fact, most down-voted first.</summary>
    Task<IReadOnlyList<FactVotes>> GetPerFactAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Logged questions whose answers were down-voted, most down-votes first.</summary>
    Task<IReadOnlyList<VotedQuestion>> GetDownVotedQuestionsAsync(int limit, CancellationToken cancellationToken = default);
}
