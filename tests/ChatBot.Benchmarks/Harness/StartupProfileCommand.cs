using System.Diagnostics;
using ChatBot.Benchmarks.Synthetic;
using ChatBot.Core.Facts;
using ChatBot.Core.Matching;
using ChatBot.Storage;

namespace ChatBot.Benchmarks.Harness;

/// <summary>
/// Where ready-to-serve time goes, step by step in one fresh process per size: the lexicon's static load, the two
/// SQL reads of GetActiveFactsAsync without mapping, the mapping, then the parts of MatchIndex.Build (tokenizing,
/// stemming, the spell corrector), and Build itself, cold and warm. Wall and thread-CPU milliseconds.
/// </summary>
public static class StartupProfileCommand
{
    public static void Run(int[] sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        Console.WriteLine("## Ready-to-serve breakdown (fresh process per size; wall ms / thread CPU ms)");
        foreach (var size in sizes)
        {
            StoreCache.Ensure(size);
            using var process = Process.Start(SelfProcess.StartInfo("profile-startup-one", size.ToString(System.Globalization.CultureInfo.InvariantCulture)))!;
            Console.Write(process.StandardOutput.ReadToEnd());
            process.WaitForExit();
        }
    }

    public static void RunOne(int size)
    {
        Console.WriteLine($"### {size:N0} facts");
        Console.WriteLine("| step | wall ms | CPU ms | allocated MB |");
        Console.WriteLine("|---|---:|---:|---:|");
        var database = new SqliteDatabase(StoreCache.DatabasePath(size));
        Step("SqliteDatabase.Migrate (first connection, pragmas, schema check)", database.Migrate);
        Step("Lexicon static init (FrozenSets of 63k English words)", () => GC.KeepAlive(Lexicon.RarityOf("peace")));
        Step("SQL only: quotes join query, no mapping", () => Scan(database, "SELECT q.fact_id, q.source_id, q.text FROM fact_quotes q JOIN facts f ON f.id = q.fact_id WHERE f.status = 'active' ORDER BY q.fact_id, q.ord"));
        Step("SQL only: facts query, no mapping", () => Scan(database, $"SELECT {FactRows.FactColumns} FROM facts WHERE status = 'active' ORDER BY seq"));
        var store = new SqliteFactStore(database);
        IReadOnlyList<Fact> facts = [];
        Step("GetActiveFactsAsync (1st: SQL + JSON lists + dates + records)", () => facts = store.GetActiveFactsAsync().GetAwaiter().GetResult());
        Step("GetActiveFactsAsync (2nd, warm)", () => facts = store.GetActiveFactsAsync().GetAwaiter().GetResult());
        SynonymTable synonyms = SynonymTable.Empty;
        Step("GetSynonymGroupsAsync + new SynonymTable", () => synonyms = new SynonymTable(store.GetSynonymGroupsAsync().GetAwaiter().GetResult()));
        var texts = facts.SelectMany(f => f.AllQuestions.Append(f.Answer).Concat(f.Quotes.Select(q => q.Text)).Concat(f.Tags)).ToList();
        var tokens = new List<string>();
        Step($"Tokenizer.Tokenize over all fact texts ({texts.Count:N0} texts)", () => texts.ForEach(t => tokens.AddRange(Tokenizer.Tokenize(t))));
        Step($"Stemmer.Stem + SynonymTable.ConceptOf per token ({tokens.Count:N0} tokens)", () => tokens.ForEach(t => synonyms.ConceptOf(Stemmer.Stem(t))));
        var vocabulary = tokens.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        SpellCorrector? speller = null;
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        Step($"new SpellCorrector({vocabulary.Count:N0} store words; deletes dictionary)", () => speller = new SpellCorrector(vocabulary));
        var spellerBytes = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        GC.KeepAlive(speller);
        speller = null;
        MatchIndex? index = null;
        heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        Step("MatchIndex.Build (1st)", () => index = MatchIndex.Build(facts, synonyms, 1));
        var indexBytes = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        Step("MatchIndex.Build (2nd, warm)", () => index = MatchIndex.Build(facts, synonyms, 1));
        facts = [];
        texts.Clear();
        tokens.Clear();
        vocabulary.Clear();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var heap = GC.GetTotalMemory(true);
        GC.KeepAlive(index);
        Console.WriteLine($"| managed heap retained by one MatchIndex | | | {Stats.Mb(indexBytes)} |");
        Console.WriteLine($"| of which a SpellCorrector over the store's words (measured alone) | | | {Stats.Mb(spellerBytes)} |");
        Console.WriteLine($"| managed heap holding only the MatchIndex (+ lexicon, SQLite) | | | {Stats.Mb(heap)} |");
        Console.WriteLine();
    }

    private static void Scan(SqliteDatabase database, string sql)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        long n = 0;
        while (reader.Read())
        {
            n += reader.FieldCount;
        }
        GC.KeepAlive(n);
    }

    private static void Step(string name, Action action)
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var cpu = ThreadCpu.Milliseconds();
        var clock = Stopwatch.StartNew();
        action();
        Console.WriteLine($"| {name} | {Stats.F(clock.Elapsed.TotalMilliseconds, "0")} | {Stats.F(ThreadCpu.Milliseconds() - cpu, "0")} | {Stats.Mb(GC.GetAllocatedBytesForCurrentThread() - bytes)} |");
    }
}
