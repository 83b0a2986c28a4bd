namespace ChatBot.Hosting;

/// <summary>What /readyz waits for besides a reachable store: the schema migrated and the match index built.</summary>
public sealed class Readiness
{
    private volatile bool _migrated;
    private volatile bool _indexBuilt;

    public bool Migrated => _migrated;

    public bool IndexBuilt => _indexBuilt;

    public void MarkMigrated() => _migrated = true;

    public void MarkIndexBuilt() => _indexBuilt = true;
}
