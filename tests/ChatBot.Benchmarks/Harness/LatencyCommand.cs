using System.Diagnostics;
using ChatBot.Benchmarks.Synthetic;
using ChatBot.Core.Matching;

namespace ChatBot.Benchmarks.Harness;

/// <summary>
/// Per-question latency and allocation of QuestionAnswerer.AnswerAsync (each question timed alone, so p99 is a
/// real per-question percentile), per question kind, with the time split by stage, and a sanity check of quality.
/// </summary>
public static class LatencyCommand
{

    public static void Run(int[] sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        Console.WriteLine("## Question → answer (QuestionAnswerer.AnswerAsync), per question, warm index");
        foreach (var size in sizes)
        {
            Console.WriteLine("| facts | questions | mean ms | p50 ms | p95 ms | p99 ms | max ms | CPU mean ms | CPU p99 ms | mean KB alloc | p99 KB alloc |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var line in Measure(size))
            {
                Console.WriteLine(line);
            }
            Console.WriteLine();
        }
    }

    private static List<string> Measure(int size)
    {
        using var session = StoreSession.Open(size);
        var questions = StoreCache.Questions(size);
        var index = session.Index;
        // 3 timed passes (1 at 100k facts, where a question takes tens of ms), after one warm-up pass over 200.
        var passes = size >= 100_000 ? 1 : 3;
        foreach (var q in questions.Take(200))
        {
            session.Answerer.AnswerAsync(q.Text).GetAwaiter().GetResult();
        }
        var ms = new List<double>();
        var cpu = new List<double>();
        var kb = new List<double>();
        var byKind = new Dictionary<string, (List<double> Ms, List<double> Kb, int Right, int Count)>(StringComparer.Ordinal);
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var q in questions)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var cpuStart = ThreadCpu.Milliseconds();
                var start = Stopwatch.GetTimestamp();
                var outcome = session.Answerer.AnswerAsync(q.Text).GetAwaiter().GetResult();
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                cpu.Add(ThreadCpu.Milliseconds() - cpuStart);
                var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0;
                ms.Add(elapsed);
                kb.Add(allocated);
                var k = byKind.GetValueOrDefault(q.Kind, ([], [], 0, 0));
                k.Ms.Add(elapsed);
                k.Kb.Add(allocated);
                var right = q.FactId is null ? !outcome.Answered : outcome.Answered && outcome.Fact!.Id == q.FactId;
                byKind[q.Kind] = (k.Ms, k.Kb, k.Right + (right ? 1 : 0), k.Count + 1);
            }
        }
        Console.WriteLine($"| {size:N0} | {ms.Count} | {Stats.F(ms.Average())} | {Stats.F(Stats.Percentile(ms, 50))} | {Stats.F(Stats.Percentile(ms, 95))} | " +
            $"{Stats.F(Stats.Percentile(ms, 99))} | {Stats.F(ms.Max())} | {Stats.F(cpu.Average())} | {Stats.F(Stats.Percentile(cpu, 99))} | {Stats.F(kb.Average(), "0.0")} | {Stats.F(Stats.Percentile(kb, 99), "0.0")} |");
        var lines = new List<string>
        {
            "",
            $"### {size:N0} facts: by question kind (\"right\" = the fact it was made from answered, or an abstention for out-of-scope)",
            "| kind | n | mean ms | p99 ms | mean KB | right % |",
            "|---|---:|---:|---:|---:|---:|",
        };
        lines.AddRange(byKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k =>
            $"| {k.Key} | {k.Value.Count} | {Stats.F(k.Value.Ms.Average())} | {Stats.F(Stats.Percentile(k.Value.Ms, 99))} | " +
            $"{Stats.F(k.Value.Kb.Average(), "0.0")} | {Stats.F(100.0 * k.Value.Right / k.Value.Count, "0")} |"));
        lines.AddRange(Stages(session, index, questions, size));
        return lines;
    }

    /// <summary>Each stage of the answer path timed on its own over the same questions (means per question).</summary>
    private static List<string> Stages(StoreSession session, MatchIndex index, IReadOnlyList<BenchmarkQuestion> all, int size)
    {
        var questions = size >= 100_000 ? all.Take(300).ToList() : all;
        var texts = questions.Select(q => q.Text).ToList();
        var answeredIds = texts.Select(t => session.Matcher.Match(t, index)).Where(m => m.Best is not null).Select(m => m.Best!.FactId).ToList();
        var facts = answeredIds.Select(id => session.Store.GetFactAsync(id).GetAwaiter().GetResult()!).ToList();
        var lines = new List<string>
        {
            "",
            $"### {size:N0} facts: stages (mean per call; `tail` = p99)",
            "| stage | calls | mean ms | p99 ms | CPU mean ms | CPU p99 ms | mean KB |",
            "|---|---:|---:|---:|---:|---:|---:|",
            Stage("GetRevisionAsync (1 per question)", texts.Count, _ => session.Store.GetRevisionAsync().GetAwaiter().GetResult()),
            Stage("QuestionAnalyzer.Analyze (tokens, spelling, concepts)", texts.Count, i => QuestionAnalyzer.Analyze(texts[i], index)),
            Stage("Matcher.Match (analyze + candidates from postings + features + decide; no SQL)", texts.Count, i => session.Matcher.Match(texts[i], index)),
            Stage("GetFactAsync (per answer and per suggestion)", facts.Count, i => session.Store.GetFactAsync(facts[i].Id).GetAwaiter().GetResult()!),
            Stage("ForFactAsync (revision, cached fact and sources, citations)", facts.Count, i => session.Answerer.ForFactAsync(facts[i].Id).GetAwaiter().GetResult()!),
            Stage("AnswerAsync (whole use case)", texts.Count, i => session.Answerer.AnswerAsync(texts[i]).GetAwaiter().GetResult()),
        };
        var typos = questions.Where(q => q.Kind is "typo" or "out-of-scope" or "unknown-place").Select(q => q.Text).ToList();
        var words = typos.SelectMany(t => Tokenizer.Tokenize(t)).Where(w => !index.Speller.IsKnown(w) && w.Length >= 5).Distinct(StringComparer.Ordinal).ToList();
        lines.Add(Stage($"SpellCorrector.Correct (unknown words of 5+ letters, {words.Count} distinct)", words.Count, i => index.Speller.Correct(words[i]) ?? ""));
        return lines;
    }

    private static string Stage(string name, int count, Func<int, object> action)
    {
        if (count == 0)
        {
            return $"| {name} | 0 | | | | | |";
        }
        for (var i = 0; i < Math.Min(count, 30); i++)
        {
            action(i);
        }
        var ms = new List<double>(count);
        var cpu = new List<double>(count);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpuStart = ThreadCpu.Milliseconds();
            var start = Stopwatch.GetTimestamp();
            action(i);
            ms.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            cpu.Add(ThreadCpu.Milliseconds() - cpuStart);
            bytes += GC.GetAllocatedBytesForCurrentThread() - before;
        }
        return $"| {name} | {count} | {Stats.F(ms.Average())} | {Stats.F(Stats.Percentile(ms, 99))} | {Stats.F(cpu.Average())} | {Stats.F(Stats.Percentile(cpu, 99))} | {Stats.F(bytes / 1024.0 / count, "0.0")} |";
    }
}
