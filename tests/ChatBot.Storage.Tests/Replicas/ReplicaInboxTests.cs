using System.Collections.Concurrent;
using ChatBot.Core.Conversations;
using ChatBot.Storage.Postgres.Conversations;
using ChatBot.Storage.Tests.Contracts;
using ChatBot.Storage.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Storage.Tests.Replicas;

/// <summary>Two replicas handling one PostgreSQL inbox through per-chat claims.</summary>
[Collection(OnPostgres.Name)]
public sealed class ReplicaInboxTests(PostgresCluster cluster) : IDisposable
{
    private const int Chats = 5;
    private const int PerChat = 8;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly PostgresStoreSet _a = new(cluster);
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly ConcurrentDictionary<string, long> _busy = new();
    private readonly ConcurrentQueue<(string Chat, long UpdateId, string Replica)> _handled = new();
    private readonly TaskCompletionSource _firstHandled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _overlaps;

    public void Dispose() => _a.Dispose();

    [Fact]
    public async Task Two_replicas_handle_each_chat_in_order_one_at_a_time_and_an_abandoned_claim_is_taken_over_after_its_lease()
    {
        using var b = _a.Replica("replica-b");
        var updates = Enumerable.Range(1, Chats * PerChat).Select(id => ChatClaimsContract.Message(id, 100 + (id % Chats), _clock.GetUtcNow())).ToList();
        await _a.Get<IUpdateInbox>().AddAsync(updates);
        var claimsA = new PostgresChatClaims(_a.Database, _clock);
        var claimsB = new PostgresChatClaims(b.Database, _clock);

        // b handles two updates, then claims a third and dies holding it; a joins once b is under way (so a loaded box
        // cannot let a drain the inbox before b has had its turns) and keeps going until nothing is free.
        var dying = HandleAsync(claimsB, "replica-b", abandonAfter: 2);
        await _firstHandled.Task.WaitAsync(Timeout);
        var living = HandleAsync(claimsA, "replica-a", stopWhenIdle: dying);
        var abandoned = await dying.WaitAsync(Timeout);
        await living.WaitAsync(Timeout);
        var abandonedChat = ChatKey.Of(updates.Single(u => u.UpdateId == abandoned).Payload)!;
        Assert.DoesNotContain(_handled, h => h.Chat == abandonedChat && h.UpdateId >= abandoned);

        _clock.Advance(TimeSpan.FromMinutes(6));
        await HandleAsync(claimsA, "replica-a").WaitAsync(Timeout);

        Assert.Equal(0, _overlaps);
        Assert.Equal(updates.Select(u => u.UpdateId), _handled.Select(h => h.UpdateId).Order());
        Assert.All(_handled.GroupBy(h => h.Chat), chat => Assert.Equal(chat.Select(h => h.UpdateId).Order(), chat.Select(h => h.UpdateId)));
        Assert.Contains(_handled, h => h.Replica == "replica-b");
        Assert.Contains(_handled, h => h.UpdateId == abandoned && h.Replica == "replica-a");
        Assert.Empty(await _a.Get<IUpdateInbox>().GetPendingAsync(100));
    }

    /// <summary>Claims and handles until none is free (or, with <paramref name="abandonAfter"/>, dies holding a claim).</summary>
    private async Task<long> HandleAsync(PostgresChatClaims claims, string replica, int abandonAfter = int.MaxValue, Task? stopWhenIdle = null)
    {
        for (var handled = 0; ; handled++)
        {
            var entry = await claims.ClaimAndBeginAsync(1) is [var next, ..] ? next : null;
            if (entry is null)
            {
                // A claim in progress elsewhere can hide the free chats for a moment: a replica that means to go on asks again.
                if (stopWhenIdle is { IsCompleted: false } || abandonAfter != int.MaxValue)
                {
                    await Task.Delay(5);
                    handled--;
                    continue;
                }
                return 0;
            }
            if (handled == abandonAfter)
            {
                return entry.UpdateId;
            }
            var chat = ChatKey.Of(entry.Payload)!;
            if (!_busy.TryAdd(chat, entry.UpdateId))
            {
                Interlocked.Increment(ref _overlaps);
            }
            await Task.Delay(Random.Shared.Next(1, 6));
            _handled.Enqueue((chat, entry.UpdateId, replica));
            _busy.TryRemove(chat, out _);
            await claims.CompleteAsync(entry);
            _firstHandled.TrySetResult();
        }
    }
}
