using System.Diagnostics;
using System.Text.Json;
using ChatBot.TestSupport;

namespace ChatBot.Benchmarks.Harness;

/// <summary>
/// Latency per language: the quality sets written in English, Ukrainian, Russian, German and French (about the seed
/// article) asked of a synthetic store, so a question in another language pays detection, glossing and the name
/// lookup on top of the same match. Each question is timed alone; one warm-up pass first.
/// </summary>
public static class LanguagesCommand
{
    private static readonly (string Language, string File)[] Sets =
        [("en", "seed-r4.json"), ("uk", "ml-uk.json"), ("ru", "ml-ru.json"), ("de", "ml-de.json"), ("fr", "ml-fr.json")];

    public static void Run(int[] sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        Console.WriteLine("## Question → answer per language (QuestionAnswerer.AnswerAsync, warm index, 3 passes)");
        Console.WriteLine("| facts | language | questions | mean ms | p99 ms | mean KB alloc |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            using var session = StoreSession.Open(size);
            foreach (var (language, file) in Sets)
            {
                var questions = Load(file);
                foreach (var q in questions)
                {
                    session.Answerer.AnswerAsync(q).GetAwaiter().GetResult();
                }
                var (ms, kb) = (new List<double>(), new List<double>());
                for (var pass = 0; pass < 3; pass++)
                {
                    foreach (var q in questions)
                    {
                        var before = GC.GetAllocatedBytesForCurrentThread();
                        var start = Stopwatch.GetTimestamp();
                        session.Answerer.AnswerAsync(q).GetAwaiter().GetResult();
                        ms.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                        kb.Add((GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0);
                    }
                }
                Console.WriteLine($"| {size:N0} | {language} | {ms.Count} | {Stats.F(ms.Average())} | {Stats.F(Stats.Percentile(ms, 99))} | " +
                    $"{Stats.F(kb.Average(), "0.0")} |");
            }
        }
    }

    private static List<string> Load(string file)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "ChatBot.Core.Tests", "Quality", file);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return [.. json.RootElement.EnumerateArray().Select(e => e.GetProperty("question").GetString()!)];
    }
}
