using System.Diagnostics;
using ChatBot.Core.Seeding;
using ChatBot.Storage;
using Microsoft.Data.Sqlite;

namespace ChatBot.Benchmarks.Synthetic;

/// <summary>
/// Generated stores, seeded through the real <see cref="SqliteCurationStore.SeedAsync"/>, kept under the temp folder
/// between runs (a 100k store takes minutes to write). Delete the folder to regenerate.
/// </summary>
public static class StoreCache
{
    /// <summary>Bump when the generator changes, so stale files are not reused.</summary>
    public const int GeneratorVersion = 1;

    public const int QuestionCount = 1000;

    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "chatbot-bench", $"v{GeneratorVersion}");

    public static string DatabasePath(int facts) => Path.Combine(Folder, $"store-{facts}.db");

    /// <summary>The cached store file for this size, generated first when missing.</summary>
    public static string Ensure(int facts)
    {
        var path = DatabasePath(facts);
        var questions = QuestionsPath(facts);
        if (File.Exists(path) && File.Exists(questions))
        {
            return path;
        }
        Directory.CreateDirectory(Folder);
        var clock = Stopwatch.StartNew();
        var generator = new StoreGenerator(facts);
        var seed = generator.Generate(SeedLoader.LoadSynonyms(RepoPaths.Synonyms));
        var temp = path + ".tmp";
        File.Delete(temp);
        var database = new SqliteDatabase(temp);
        database.Migrate();
        new SqliteCurationStore(database, TimeProvider.System).SeedAsync(seed).GetAwaiter().GetResult();
        using (var connection = database.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;";
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        File.WriteAllLines(questions, generator.Questions(seed.Facts, QuestionCount).Select(q => $"{q.Kind}\t{q.FactId}\t{q.Text}"));
        File.Move(temp, path, overwrite: true);
        Console.Error.WriteLine($"// generated {facts} facts, {seed.Sources.Count} sources into {path} in {clock.Elapsed.TotalSeconds:0.0} s");
        return path;
    }

    public static IReadOnlyList<BenchmarkQuestion> Questions(int facts)
    {
        Ensure(facts);
        return [.. File.ReadAllLines(QuestionsPath(facts)).Select(line => line.Split('\t', 3))
            .Select(p => new BenchmarkQuestion(p[0], p[2], p[1].Length == 0 ? null : p[1]))];
    }

    /// <summary>A private copy, for runs that write (the host's inbox and question log).</summary>
    public static string CopyToTemp(int facts, string folder)
    {
        var target = Path.Combine(folder, "chatbot.db");
        Directory.CreateDirectory(folder);
        File.Copy(Ensure(facts), target, overwrite: true);
        return target;
    }

    private static string QuestionsPath(int facts) => Path.Combine(Folder, $"questions-{facts}.tsv");
}
