using ChatBot.Core.Storage;
using ChatBot.Hosting;
using ChatBot.Storage.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Storage.Tests.Support;

/// <summary>
/// Every store port of one provider over one fresh, migrated database, wired by the production registration
/// (<c>AddSqliteStorage</c> / <c>AddPostgresStorage</c>). A contract test asks it for the port it tests.
/// </summary>
public abstract class StoreSet : IDisposable
{
    private ServiceProvider? _services;

    /// <summary>The stores' clock; starts now, moves only when a test advances it.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public abstract string Provider { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    private ServiceProvider Services => _services ??= Build();

    private ServiceProvider Build()
    {
        var services = new ServiceCollection().AddSingleton<TimeProvider>(Clock);
        Register(services);
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStoreMigrator>().MigrateAsync().GetAwaiter().GetResult();
        return provider;
    }

    protected abstract void Register(IServiceCollection services);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _services?.Dispose();
        }
    }
}

/// <summary>A SQLite file in its own temp folder.</summary>
public sealed class SqliteStoreSet : StoreSet
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatbot-storage-").FullName;

    public override string Provider => "Sqlite";

    public SqliteDatabase Database => field ??= new SqliteDatabase(Path.Combine(_folder, "s.db"));

    protected override void Register(IServiceCollection services) => services.AddSingleton(Database).AddSqliteStorage();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind must not fail the run.
        }
    }
}

/// <summary>A fresh database on the test cluster; <see cref="Replica"/> is a second process's view of the same one.</summary>
public sealed class PostgresStoreSet(string connectionString, string replicaId = "replica-a", TimeProvider? revisionClock = null) : StoreSet
{
    public PostgresStoreSet(PostgresCluster cluster)
        : this(cluster.CreateDatabase())
    {
    }

    public override string Provider => "Postgres";

    public PostgresDatabase Database => field ??= new PostgresDatabase(connectionString, replicaId, TimeSpan.FromMinutes(5), revisionClock);

    /// <summary>The same database as another replica would see it (its own name, clock and connection pool).</summary>
    /// <param name="revisionClock">The clock of its revision reuse; real time unless a test steps it.</param>
    public PostgresStoreSet Replica(string id, TimeProvider? revisionClock = null) => new(connectionString, id, revisionClock);

    protected override void Register(IServiceCollection services) => services.AddSingleton(Database).AddPostgresStorage();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Database.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class OnPostgres : ICollectionFixture<PostgresCluster>
{
    /// <summary>The PostgreSQL contract tests share one cluster and run one class at a time (2 cores).</summary>
    public const string Name = "PostgreSQL cluster";
}
