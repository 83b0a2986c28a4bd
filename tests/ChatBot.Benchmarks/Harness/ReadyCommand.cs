using System.Diagnostics;
using System.Globalization;
using ChatBot.Benchmarks.Synthetic;

namespace ChatBot.Benchmarks.Harness;

/// <summary>
/// Ready-to-serve time and memory, each size in a fresh process: open + migrate the store, stream the facts into the
/// index (first MatchIndexProvider.GetAsync, passages at once, exactly as the bot starts), answer one question; then managed heap and
/// resident set as the process holds them (no extra collection is forced before reading the working set).
/// </summary>
public static class ReadyCommand
{
    public static void Run(int[] sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        foreach (var size in sizes)
        {
            StoreCache.Ensure(size);
        }
        Console.WriteLine("## Ready to serve (fresh process per size; times from Main)");
        Console.WriteLine("| facts | runtime start→Main ms | open+migrate ms | stream facts + build index ms | first answer ms | ready (Main→answered) ms | ready incl. runtime start ms | process CPU ms (Main→answered) | managed heap MB | GC committed MB | working set MB | peak working set MB |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            Console.WriteLine(SelfProcess.RunLastLine("ready-one", size.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>The child: measures one size and prints one table row.</summary>
    public static void RunOne(int size)
    {
        var main = Stopwatch.StartNew();
        var process = Process.GetCurrentProcess();
        var cpuAtMain = process.TotalProcessorTime;
        var sinceStart = (DateTime.Now - process.StartTime).TotalMilliseconds;
        var path = StoreCache.DatabasePath(size);
        var session = new StoreSession(path);
        // As the bot starts (IndexWarmup): the sources' sentences are indexed at once, not when a question needs them.
        session.Indexes.BuildPassagesAtOnce = true;
        var opened = main.Elapsed.TotalMilliseconds;
        var index = session.Index;
        var built = main.Elapsed.TotalMilliseconds - opened;
        var beforeAnswer = main.Elapsed.TotalMilliseconds;
        var outcome = session.Answerer.AnswerAsync("Who leads the US delegation?").GetAwaiter().GetResult();
        var answered = main.Elapsed.TotalMilliseconds;
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpuAtMain).TotalMilliseconds;
        var workingSet = process.WorkingSet64;
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        var committed = GC.GetGCMemoryInfo().TotalCommittedBytes;
        GC.KeepAlive(index);
        GC.KeepAlive(outcome);
        Console.WriteLine($"| {size:N0} | {Stats.F(sinceStart, "0")} | {Stats.F(opened, "0")} | {Stats.F(built, "0")} | " +
            $"{Stats.F(answered - beforeAnswer, "0")} | {Stats.F(opened + built + (answered - beforeAnswer), "0")} | {Stats.F(sinceStart + opened + built + (answered - beforeAnswer), "0")} | {Stats.F(cpuMs, "0")} | " +
            $"{Stats.Mb(heap)} | {Stats.Mb(committed)} | {Stats.Mb(workingSet)} | {Stats.Mb(process.PeakWorkingSet64)} |");
        session.Dispose();
    }
}
