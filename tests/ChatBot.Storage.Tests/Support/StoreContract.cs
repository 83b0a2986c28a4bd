namespace ChatBot.Storage.Tests.Support;

/// <summary>
/// The base of every contract suite: one suite per store port, written once against the port, and run by a SQLite
/// subclass and a PostgreSQL subclass (each test gets a fresh database of its provider).
/// </summary>
public abstract class StoreContract(StoreSet stores) : IDisposable
{
    protected StoreSet Stores { get; } = stores;

    protected DateTimeOffset Now => Stores.Clock.GetUtcNow();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Stores.Dispose();
        }
    }
}
