using ChatBot.Core.Coordination;
using ChatBot.Storage.Tests.Support;

namespace ChatBot.Storage.Tests.Contracts;

/// <summary>IDispatcherLease.</summary>
public abstract class DispatcherLeaseContract(StoreSet stores) : StoreContract(stores)
{
    [Fact]
    public async Task A_lone_process_is_granted_the_lease_keeps_it_and_gets_it_back_after_releasing_it()
    {
        var lease = Stores.Get<IDispatcherLease>();

        Assert.True(await HeldWithinAsync(lease, TimeSpan.FromSeconds(5)));
        Assert.True(await lease.HoldAsync());
        await lease.ReleaseAsync();
        Assert.True(await HeldWithinAsync(lease, TimeSpan.FromSeconds(5)));
    }

    /// <summary>Asks as the dispatcher does, its clock moving on, until granted or <paramref name="within"/> has passed.</summary>
    protected async Task<bool> HeldWithinAsync(IDispatcherLease lease, TimeSpan within)
    {
        for (var waited = TimeSpan.Zero; waited <= within; waited += TimeSpan.FromMilliseconds(250))
        {
            if (await lease.HoldAsync())
            {
                return true;
            }
            Stores.Clock.Advance(TimeSpan.FromMilliseconds(250));
        }
        return false;
    }
}

public sealed class SqliteDispatcherLeaseTests() : DispatcherLeaseContract(new SqliteStoreSet());

[Collection(OnPostgres.Name)]
public sealed class PostgresDispatcherLeaseTests(PostgresCluster cluster) : DispatcherLeaseContract(new PostgresStoreSet(cluster));
