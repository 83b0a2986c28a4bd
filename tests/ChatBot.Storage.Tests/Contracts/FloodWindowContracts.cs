using ChatBot.Core.Conversations;
using ChatBot.Storage.Tests.Support;

namespace ChatBot.Storage.Tests.Contracts;

/// <summary>IFloodWindow.</summary>
public abstract class FloodWindowContract(StoreSet stores) : StoreContract(stores)
{
    [Fact]
    public async Task Over_the_limit_a_user_is_told_once_then_ignored_until_the_minute_has_passed()
    {
        var window = Stores.Get<IFloodWindow>();
        var t0 = Now;

        Assert.Equal(FloodDecision.Allow, await window.CheckAsync(1, 2, t0));
        Assert.Equal(FloodDecision.Allow, await window.CheckAsync(1, 2, t0.AddSeconds(10)));
        Assert.Equal(FloodDecision.Notify, await window.CheckAsync(1, 2, t0.AddSeconds(20)));
        Assert.Equal(FloodDecision.Drop, await window.CheckAsync(1, 2, t0.AddSeconds(30)));
        Assert.Equal(FloodDecision.Allow, await window.CheckAsync(2, 2, t0.AddSeconds(30)));
        Assert.Equal(FloodDecision.Allow, await window.CheckAsync(1, 2, t0.AddSeconds(61))); // the first one left the window
        Assert.Equal(FloodDecision.Drop, await window.CheckAsync(1, 2, t0.AddSeconds(62))); // told 42 s ago
        Assert.Equal(FloodDecision.Allow, await window.CheckAsync(1, 2, t0.AddSeconds(140)));
        Assert.Equal(FloodDecision.Allow, await window.CheckAsync(1, 2, t0.AddSeconds(141)));
        Assert.Equal(FloodDecision.Notify, await window.CheckAsync(1, 2, t0.AddSeconds(142))); // told again a window later
    }
}

public sealed class SqliteFloodWindowTests() : FloodWindowContract(new SqliteStoreSet());

[Collection(OnPostgres.Name)]
public sealed class PostgresFloodWindowTests(PostgresCluster cluster) : FloodWindowContract(new PostgresStoreSet(cluster));
