
namespace ChatBot.Options;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The SQLite file; created, migrated and seeded on first start.</summary>
    public string DatabasePath { get; set; } = Path.Combine("data", "chatbot.db");

    /// <summary>Folder with facts.json, synonyms.txt and source documents; empty means ./data, else the copy beside the binary.</summary>
    public string? DataDirectory { get; set; }
}
