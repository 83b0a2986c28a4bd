namespace ChatBot.Options;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    public const string Sqlite = "Sqlite";

    public const string Postgres = "Postgres";

    /// <summary><see cref="Sqlite"/> (the embedded file, the default) or <see cref="Postgres"/> (a shared server).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>The SQLite file; created, migrated and seeded on first start.</summary>
    public string DatabasePath { get; set; } = Path.Combine("data", "chatbot.db");

    /// <summary>PostgreSQL only: an Npgsql connection string (Host=…;Database=…;Username=…;Password=…). Never logged.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// PostgreSQL only: this replica's name in inbox claims. A restarted replica takes its own claims back at once;
    /// another replica waits for them to expire. Defaults to the machine name; give replicas on one machine their own.
    /// </summary>
    public string? ReplicaId { get; set; }

    /// <summary>
    /// PostgreSQL only: how long a chat's claim keeps other replicas off it. The holder renews it every third of this
    /// while it works, so this is how long a dead replica's chats wait before another replica takes them over.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Folder with facts.json, synonyms.txt and source documents; empty means ./data, else the copy beside the binary.</summary>
    public string? DataDirectory { get; set; }

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);

    public bool IsKnownProvider => IsPostgres || string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase);
}
