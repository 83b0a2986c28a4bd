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
    // The attempt a claim began is its identity: a takeover of the same update begins another.
    private readonly Dictionary<string, (long UpdateId, int Attempt, DateTimeOffset Until)> _claims = [];

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
                    var begun = entry with { Attempts = await inbox.BeginAsync(entry.UpdateId, cancellationToken).ConfigureAwait(false) };
                    _claims[chat] = (entry.UpdateId, begun.Attempts, now + Lease);
                    return begun;
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
            claimed.Add(entry);
        }
        return claimed;
    }

    public Task<bool> RenewAsync(InboxEntry claimed, CancellationToken cancellationToken = default) =>
        WithClaimAsync(claimed?.UpdateId ?? throw new ArgumentNullException(nameof(claimed)), (chat, held, now) =>
        {
            if (held.Until <= now || held.Attempt != claimed.Attempts)
            {
                return false;
            }
            _claims[chat] = held with { Until = now + Lease };
            return true;
        }, cancellationToken);

    public async Task<ClaimFinish> CompleteAsync(InboxEntry claimed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var claim = _claims.FirstOrDefault(c => c.Value.UpdateId == claimed.UpdateId);
            var held = claim.Key is not null && claim.Value.Attempt == claimed.Attempts;
            // Only a finish that lost its claim asks whether the update is still pending (a read of all pending rows).
            var pending = held || (await inbox.GetPendingAsync(int.MaxValue, cancellationToken).ConfigureAwait(false))
                .Any(e => e.UpdateId == claimed.UpdateId);
            if (pending)
            {
                await inbox.CompleteAsync(claimed.UpdateId, cancellationToken).ConfigureAwait(false);
            }
            if (held)
            {
                _claims.Remove(claim.Key!);
            }
            return ClaimFinishes.Of(held, pending);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<FinishedAndNext> CompleteAndClaimNextAsync(InboxEntry claimed, bool sameChatFirst = false, CancellationToken cancellationToken = default)
    {
        // In-process: two calls cost no round trip, and the search for a free chat is a walk in memory, so the chat's
        // own next update is not preferred.
        var finish = await CompleteAsync(claimed, cancellationToken).ConfigureAwait(false);
        return new(finish, (await ClaimAndBeginAsync(1, cancellationToken).ConfigureAwait(false)) is [var next, ..] ? next : null);
    }

    /// <summary>In-process records cost no round trip of their own: nothing is held.</summary>
    public IAsyncDisposable HoldRecords(long updateId) => NothingHeld.Instance;

    public async Task<ClaimFinish> FailAsync(InboxEntry claimed, string lastError, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var claim = _claims.FirstOrDefault(c => c.Value.UpdateId == claimed.UpdateId);
            var held = claim.Key is not null && claim.Value.Attempt == claimed.Attempts;
            // Only a failure that lost its claim reads the pending rows, as a late finish does.
            var pending = held ? null : (await inbox.GetPendingAsync(int.MaxValue, cancellationToken).ConfigureAwait(false))
                .FirstOrDefault(e => e.UpdateId == claimed.UpdateId);
            // A claim of another attempt is a takeover still at work; with no claim left, one that handed the update
            // back began another attempt too. Either way the update is no longer this holder's to fail.
            var mine = held || (claim.Key is null && pending?.Attempts == claimed.Attempts);
            if (mine)
            {
                await inbox.FailAsync(claimed.UpdateId, lastError, cancellationToken).ConfigureAwait(false);
                if (claim.Key is not null)
                {
                    _claims.Remove(claim.Key);
                }
            }
            return ClaimFinishes.Of(mine, pending is not null);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task ReleaseAsync(InboxEntry claimed, CancellationToken cancellationToken = default) =>
        WithClaimAsync(claimed?.UpdateId ?? throw new ArgumentNullException(nameof(claimed)),
            (chat, held, _) => held.Attempt == claimed.Attempts && _claims.Remove(chat), cancellationToken);

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

    private async Task<bool> WithClaimAsync(long updateId, Func<string, (long UpdateId, int Attempt, DateTimeOffset Until), DateTimeOffset, bool> change,
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
