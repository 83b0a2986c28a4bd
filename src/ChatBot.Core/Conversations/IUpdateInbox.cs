namespace ChatBot.Core.Conversations;

/// <summary>
/// Durable inbox of transport updates. An update is stored before the transport is told it was received, and stays
/// pending until its reply has been sent, so a crash at any point loses nothing and a restart resumes the pending ones.
/// </summary>
public interface IUpdateInbox
{
    /// <summary>Stores the updates in one transaction; returns those that were not stored already, in id order.</summary>
    Task<IReadOnlyList<InboxEntry>> AddAsync(IReadOnlyList<InboxUpdate> updates, CancellationToken cancellationToken = default);

    /// <summary>Updates received but not yet handled, oldest first.</summary>
    Task<IReadOnlyList<InboxEntry>> GetPendingAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>The offset to ask the transport for: one past the newest update ever stored, or 0 when none.</summary>
    Task<long> GetNextOffsetAsync(CancellationToken cancellationToken = default);

    /// <summary>Counts one more start of handling; returns the new count (a count that keeps growing means a crash loop).</summary>
    Task<int> BeginAsync(long updateId, CancellationToken cancellationToken = default);

    /// <summary>Marks a pending update done; one already done or failed stays as it is (a late or repeated finish).</summary>
    Task CompleteAsync(long updateId, CancellationToken cancellationToken = default);

    /// <summary>Sets a pending update aside as failed; one already done or failed stays as it is.</summary>
    Task FailAsync(long updateId, string lastError, CancellationToken cancellationToken = default);

    /// <summary>Deletes finished rows older than <paramref name="before"/>, always keeping the newest row for the offset.</summary>
    Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}
