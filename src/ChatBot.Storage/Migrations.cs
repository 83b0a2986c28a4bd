using Microsoft.Data.Sqlite;

namespace ChatBot.Storage;

/// <summary>Applies the embedded numbered .sql files above the database's user_version, each in its own transaction.</summary>
internal static class Migrations
{
    public static void Apply(SqliteConnection connection)
    {
        var assembly = typeof(Migrations).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Name: n, Version: VersionOf(n)))
            .OrderBy(s => s.Version)
            .ToList();
        foreach (var (name, version) in scripts)
        {
            using var tx = connection.BeginTransaction(deferred: false);
            if (CurrentVersion(connection, tx) >= version)
            {
                tx.Rollback();
                continue;
            }
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = reader.ReadToEnd() + $"\nPRAGMA user_version = {version};";
            command.ExecuteNonQuery();
            tx.Commit();
        }
    }

    private static long CurrentVersion(SqliteConnection connection, SqliteTransaction tx)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "PRAGMA user_version;";
        return (long)command.ExecuteScalar()!;
    }

    // "ChatBot.Storage.Migrations.001_facts.sql" → 1
    private static int VersionOf(string resourceName)
    {
        var file = resourceName.Split('.')[^2];
        return int.Parse(file.AsSpan(0, file.IndexOf('_', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);
    }
}
