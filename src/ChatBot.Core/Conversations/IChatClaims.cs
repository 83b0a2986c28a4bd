namespace ChatBot.Core.Conversations;

/// <summary>
/// Hands out stored updates one chat at a time, whichever process asks: a chat's updates are handled in order and never
/// two at once. A claim covers a chat and its oldest pending update and lasts a lease; a holder that dies (or stops
/// renewing) loses it when the lease ends, and the next caller takes the same update over.
/// </summary>
/// <remarks>
/// Used instead of handling what <see cref="IUpdateInbox.AddAsync"/> returned: in this mode ingest only stores, and
/// every update is handled through <see cref="ClaimAndBeginAsync"/> and <see cref="CompleteAndClaimNextAsync"/>, which
/// count its attempts as <see cref="IUpdateInbox.BeginAsync"/> does.
/// </remarks>
public interface IChatClaims
{
    /// <summary>
    /// Claims up to <paramref name="max"/> updates at once, each the oldest pending one of a chat nobody holds (no claim,
    /// or an expired one); none when none is free right now (another process may have won the race: ask again). Each
    /// counts one more start of handling for each (as <see cref="IUpdateInbox.BeginAsync"/> does): the entries carry the
    /// new count. One round trip for a replica with several free workers, where one claim each would queue them.
    /// </summary>
    Task<IReadOnlyList<InboxEntry>> ClaimAndBeginAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// Extends the claim on <paramref name="claimed"/>'s chat by a lease; false when it expired or was taken over (by
    /// another caller, or by another worker under this caller's name, which began another attempt).
    /// </summary>
    Task<bool> RenewAsync(InboxEntry claimed, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the update done and frees its chat for the next update, together. <paramref name="claimed"/> is the entry
    /// as its claim handed it out: its attempt count tells this claim from a later takeover of the same update, by
    /// another process or this one. The update is done whichever <see cref="ClaimFinish"/> is reported, but only a
    /// claim still held is freed: a caller that took the chat over keeps it until it finishes too.
    /// </summary>
    Task<ClaimFinish> CompleteAsync(InboxEntry claimed, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the update done and frees its chat, then claims and begins the next free update (as
    /// <see cref="ClaimAndBeginAsync"/> with one) for the same worker: one round trip where a shared store would
    /// otherwise pay two. No next entry when none is free; the update is done either way. With <paramref name="sameChatFirst"/>
    /// a store may instead keep the chat and hand out the chat's own next pending update (still its oldest), which
    /// spares searching for a free chat; the caller bounds how many it takes that way, so other chats are not kept
    /// waiting behind a busy one (a claim no longer held keeps nothing). The finish is reported as by
    /// <see cref="CompleteAsync"/>.
    /// </summary>
    Task<FinishedAndNext> CompleteAndClaimNextAsync(InboxEntry claimed, bool sameChatFirst = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// Called on the flow that handles and then finishes <paramref name="updateId"/>, before handling: a store may hold
    /// the handling's writes of record (which answer message answered it) until the update is finished and send them
    /// with the finish, one transaction instead of two. Disposing it writes whatever the finish did not take.
    /// </summary>
    IAsyncDisposable HoldRecords(long updateId);

    /// <summary>
    /// Sets the update aside as failed and frees its chat, together, while the claim <paramref name="claimed"/> began
    /// still has the update (its lease may have run out unnoticed): once another caller, or another worker under this
    /// caller's name, took it over, the update is theirs to finish or fail, and this does nothing. Reports
    /// <see cref="ClaimFinish.Held"/> when the failure was recorded, <see cref="ClaimFinish.Lapsed"/> when the update
    /// was left pending to whoever took it over, <see cref="ClaimFinish.AlreadyDone"/> when it was finished already.
    /// </summary>
    Task<ClaimFinish> FailAsync(InboxEntry claimed, string lastError, CancellationToken cancellationToken = default);

    /// <summary>
    /// Frees the chat without finishing the update (an orderly stop): it stays pending for whoever asks next. Only the
    /// claim <paramref name="claimed"/> began is freed, never a takeover's.
    /// </summary>
    Task ReleaseAsync(InboxEntry claimed, CancellationToken cancellationToken = default);

    /// <summary>
    /// Frees every claim held under this process's name, at start: a restarted replica's own leftovers are then taken
    /// at once instead of after their lease. Returns how many were freed.
    /// </summary>
    Task<int> ReleaseHeldAsync(CancellationToken cancellationToken = default);
}
