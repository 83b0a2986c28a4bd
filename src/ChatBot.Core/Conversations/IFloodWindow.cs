namespace ChatBot.Core.Conversations;

/// <summary>
/// The per-user flood limit's memory: a sliding one-minute window of the questions each user asked. Held by the
/// process on SQLite; shared by every replica on PostgreSQL, so a user spreading questions over replicas gets no more.
/// </summary>
public interface IFloodWindow
{
    /// <summary>
    /// Counts one question of <paramref name="userId"/> at <paramref name="now"/> when fewer than
    /// <paramref name="perMinute"/> were counted in the minute before it (Allow); otherwise Notify once per window, then Drop.
    /// </summary>
    Task<FloodDecision> CheckAsync(long userId, int perMinute, DateTimeOffset now, CancellationToken cancellationToken = default);
}
