using ChatBot.Core.Conversations;

namespace ChatBot.Storage.Conversations;

/// <summary>
/// Per-chat claims for the one process a SQLite file serves: kept in memory (a restart has no claims to honour), over
/// the inbox's pending rows. One gate covers reading the pending rows, claiming and finishing, so an update finished
/// meanwhile is never handed out again from a stale read.
/// </summary>
public sealed class SqliteChatClaims(IUpdateInbox inbox, TimeProvider time) : IChatClaims, IDisposable
{
    /// <summary>How long a claim keeps a chat when its holder neither finishes nor renews (a handler that hangs).</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, (long UpdateId, DateTimeOffset Until)> _claims = [];

    private async Task<InboxEntry?> ClaimOneAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = time.GetUtcNow();
            var seen = new HashSet<string>();
            foreach (var entry in await inbox.GetPendingAsync(int.MaxValue, cancellationToken).ConfigureAwait(false))
            {
                var chat = ChatKey.Of(entry.Payload) ?? $"n{entry.UpdateId}";
                // Only the oldest pending update of a chat may go, and only when nobody holds that chat.
                if (seen.Add(chat) && !(_claims.TryGetValue(chat, out var held) && held.Until > now))
                {
                    _claims[chat] = (entry.UpdateId, now + Lease);
                    return entry;
                }
            }
            return null;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IReadOnlyList<InboxEntry>> ClaimAndBeginAsync(int max, CancellationToken cancellationToken = default)
    {
        var claimed = new List<InboxEntry>();
        while (claimed.Count < Math.Max(1, max) && await ClaimOneAsync(cancellationToken).ConfigureAwait(false) is { } entry)
        {
            claimed.Add(entry with { Attempts = await inbox.BeginAsync(entry.UpdateId, cancellationToken).ConfigureAwait(false) });
        }
        return claimed;
    }

    public Task<bool> RenewAsync(long updateId, CancellationToken cancellationToken = default) =>
        WithClaimAsync(updateId, (chat, held, now) =>
        {
            if (held.Until <= now)
            {
                return false;
            }
            _claims[chat] = (updateId, now + Lease);
            return true;
        }, cancellationToken);

    public async Task CompleteAsync(long updateId, CancellationToken cancellationToken = default)
    {
        await inbox.CompleteAsync(updateId, cancellationToken).ConfigureAwait(false);
        await ReleaseAsync(updateId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<InboxEntry?> CompleteAndClaimNextAsync(long updateId, bool sameChatFirst = false, CancellationToken cancellationToken = default)
    {
        // In-process: two calls cost no round trip, and the search for a free chat is a walk in memory, so the chat's
        // own next update is not preferred.
        await CompleteAsync(updateId, cancellationToken).ConfigureAwait(false);
        return (await ClaimAndBeginAsync(1, cancellationToken).ConfigureAwait(false)) is [var next, ..] ? next : null;
    }

    /// <summary>In-process records cost no round trip of their own: nothing is held.</summary>
    public IAsyncDisposable HoldRecords(long updateId) => NothingHeld.Instance;

    public async Task FailAsync(long updateId, string lastError, CancellationToken cancellationToken = default)
    {
        await inbox.FailAsync(updateId, lastError, cancellationToken).ConfigureAwait(false);
        await ReleaseAsync(updateId, cancellationToken).ConfigureAwait(false);
    }

    public Task ReleaseAsync(long updateId, CancellationToken cancellationToken = default) =>
        WithClaimAsync(updateId, (chat, _, _) => _claims.Remove(chat), cancellationToken);

    public async Task<int> ReleaseHeldAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var freed = _claims.Count;
            _claims.Clear();
            return freed;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<bool> WithClaimAsync(long updateId, Func<string, (long UpdateId, DateTimeOffset Until), DateTimeOffset, bool> change,
        CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var claim = _claims.FirstOrDefault(c => c.Value.UpdateId == updateId);
            return claim.Key is not null && change(claim.Key, claim.Value, time.GetUtcNow());
        }
        finally
        {
            _gate.Release();
        }
    }
}

file sealed class NothingHeld : IAsyncDisposable
{
    public static readonly NothingHeld Instance = new();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
