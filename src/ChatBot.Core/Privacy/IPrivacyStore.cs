namespace ChatBot.Core.Privacy;

/// <summary>What the bot keeps about people, and the two ways it goes away: on request and by age.</summary>
public interface IPrivacyStore
{
    /// <summary>Deletes the user's questions, votes and their private chat's subscriptions in one transaction.</summary>
    Task<ForgetResult> ForgetUserAsync(long userId, CancellationToken cancellationToken = default);

    /// <summary>Deletes questions (and answer links) older than <paramref name="before"/>; returns the questions deleted.</summary>
    Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}

public sealed record ForgetResult(int Questions, int Votes, int Subscriptions);
