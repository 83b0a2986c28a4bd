using ChatBot.Hosting.Web;

namespace ChatBot.Tests.Unit;

public sealed class GroupCommitTests
{
    [Fact]
    public async Task A_request_is_not_acknowledged_before_the_store_that_took_it_has_returned()
    {
        var commit = new TaskCompletionSource();
        var stored = new List<IReadOnlyList<int>>();
        var group = new GroupCommit<int>(items =>
        {
            stored.Add(items);
            return commit.Task;
        });

        var first = group.AddAsync(1, CancellationToken.None);
        var acknowledgedEarly = first.IsCompleted;
        commit.SetResult();
        await first.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(acknowledgedEarly, "acknowledged while its row was not yet committed");
        Assert.Equal([1], Assert.Single(stored));
    }

    [Fact]
    public async Task Requests_arriving_during_a_store_are_stored_together_in_the_next_one()
    {
        var firstCommit = new TaskCompletionSource();
        var stores = new List<IReadOnlyList<int>>();
        var group = new GroupCommit<int>(items =>
        {
            lock (stores)
            {
                stores.Add(items);
                return stores.Count == 1 ? firstCommit.Task : Task.CompletedTask;
            }
        });

        var first = group.AddAsync(1, CancellationToken.None);
        var second = group.AddAsync(2, CancellationToken.None);
        var third = group.AddAsync(3, CancellationToken.None);
        var waitingBehindTheFirst = !second.IsCompleted && !third.IsCompleted && stores.Count == 1;
        firstCommit.SetResult();
        await Task.WhenAll(first, second, third).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(waitingBehindTheFirst, "a request was acknowledged before any store took it");
        Assert.Equal(2, stores.Count);
        Assert.Equal([2, 3], stores[1]);
    }

    [Fact]
    public async Task A_failed_store_fails_every_request_in_it_and_the_next_request_is_stored_anew()
    {
        var firstCommit = new TaskCompletionSource();
        var calls = 0;
        var group = new GroupCommit<int>(items => Interlocked.Increment(ref calls) switch
        {
            1 => firstCommit.Task,
            2 => Task.FromException(new InvalidOperationException("the database is down")),
            _ => Task.CompletedTask,
        });

        var first = group.AddAsync(1, CancellationToken.None);
        var second = group.AddAsync(2, CancellationToken.None);
        var third = group.AddAsync(3, CancellationToken.None);
        firstCommit.SetResult();
        await first.WaitAsync(TimeSpan.FromSeconds(10));
        var secondError = await Assert.ThrowsAsync<InvalidOperationException>(() => second.WaitAsync(TimeSpan.FromSeconds(10)));
        var thirdError = await Assert.ThrowsAsync<InvalidOperationException>(() => third.WaitAsync(TimeSpan.FromSeconds(10)));
        await group.AddAsync(4, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Same(secondError, thirdError);
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task A_caller_that_gives_up_does_not_cancel_the_store_of_the_others_in_its_group()
    {
        var firstCommit = new TaskCompletionSource();
        var stores = new List<IReadOnlyList<int>>();
        var group = new GroupCommit<int>(items =>
        {
            lock (stores)
            {
                stores.Add(items);
                return stores.Count == 1 ? firstCommit.Task : Task.CompletedTask;
            }
        });
        using var leaving = new CancellationTokenSource();

        var first = group.AddAsync(1, CancellationToken.None);
        var gaveUp = group.AddAsync(2, leaving.Token);
        var staying = group.AddAsync(3, CancellationToken.None);
        await leaving.CancelAsync();
        firstCommit.SetResult();
        await Task.WhenAll(first, staying).WaitAsync(TimeSpan.FromSeconds(10));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gaveUp);
        Assert.Equal([2, 3], stores[1]);
    }
}
