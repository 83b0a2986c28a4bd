using System.Diagnostics;
using ChatBot.Benchmarks.Synthetic;

namespace ChatBot.Benchmarks.Harness;

/// <summary>
/// `ChatBot ask --json --db X` as a user runs it: process start with no question, with one, and with 1,000 on
/// stdin; the cost per question beyond start is (t1000 − t0) / 1000. Peak resident set sampled every 10 ms.
/// Size 0 is the shipped store (data/, seeded by the first run) asked the quality questions, cycled to 1,000.
/// </summary>
public static class CliCommand
{
    private const int Runs = 3;

    public static void Run(int[] sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        if (!File.Exists(RepoPaths.ChatBotDll))
        {
            throw new InvalidOperationException($"{RepoPaths.ChatBotDll} is missing: build in Release first.");
        }
        Console.WriteLine($"## `dotnet ChatBot.dll ask --json --db X` (median of {Runs} runs each; one 1,000-question run at 100k facts)");
        Console.WriteLine("| facts | 0 questions ms | 1 question ms (ready at process level) | 1,000 questions ms | ms/question beyond start (t1000−t0)/1000 | ms/question beyond first answer (t1000−t1)/999 | CPU ms: 0 q / 1 q / 1,000 q | CPU ms/question beyond start | CPU ms/question beyond first answer | peak RSS MB (1,000 run, /usr/bin/time) | JSON lines |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var folder = Path.Combine(Path.GetTempPath(), "chatbot-bench", "cli-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var db = size == 0 ? Path.Combine(folder, "shipped.db") : StoreCache.CopyToTemp(size, folder);
            var texts = size == 0 ? ShippedQuestions() : [.. StoreCache.Questions(size).Select(q => q.Text)];
            var questions = string.Join('\n', texts) + "\n";
            var one = texts[0] + "\n";
            var zeros = Enumerable.Range(0, Runs).Select(_ => Ask(db, "")).ToList();
            var zero = Median(zeros.Select(r => r.Ms));
            var zeroCpu = Median(zeros.Select(r => r.CpuMs));
            var singles = Enumerable.Range(0, Runs).Select(_ => Ask(db, one)).ToList();
            var single = Median(singles.Select(r => r.Ms));
            var singleCpu = Median(singles.Select(r => r.CpuMs));
            var runs = Enumerable.Range(0, size >= 100_000 ? 1 : Runs).Select(_ => Ask(db, questions)).ToList();
            var thousand = Median(runs.Select(r => r.Ms));
            var perQuestion = (thousand - zero) / StoreCache.QuestionCount;
            var thousandCpu = Median(runs.Select(r => r.CpuMs));
            Console.WriteLine($"| {(size == 0 ? "shipped (34)" : size.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))} | {Stats.F(zero, "0")} | {Stats.F(single, "0")} | {Stats.F(thousand, "0")} | {Stats.F(perQuestion)} | {Stats.F((thousand - single) / (StoreCache.QuestionCount - 1))} | " +
                $"{Stats.F(zeroCpu, "0")} / {Stats.F(singleCpu, "0")} / {Stats.F(thousandCpu, "0")} | {Stats.F((thousandCpu - zeroCpu) / StoreCache.QuestionCount)} | " +
                $"{Stats.F((thousandCpu - singleCpu) / (StoreCache.QuestionCount - 1))} | " +
                $"{Stats.Mb(runs.Max(r => r.PeakRss))} | {runs[0].Lines} |");
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    private static List<string> ShippedQuestions()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "ChatBot.Core.Tests", "Quality", "questions.json");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var all = json.RootElement.EnumerateArray().Select(e => e.GetProperty("question").GetString()!).ToList();
        return [.. Enumerable.Range(0, StoreCache.QuestionCount).Select(i => all[i % all.Count])];
    }

    private static double Median(IEnumerable<double> values) => Stats.Percentile([.. values], 50);

    private const string TimeTool = "/usr/bin/time";

    /// <summary>One run; CPU (user + sys) and peak RSS come from /usr/bin/time when present, else from sampling.</summary>
    private static (double Ms, long PeakRss, int Lines, double CpuMs) Ask(string db, string stdin)
    {
        var timed = File.Exists(TimeTool);
        var info = new ProcessStartInfo(timed ? TimeTool : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var args = new List<string>();
        if (timed)
        {
            args.AddRange(["-f", "TIME %U %S %M", "dotnet"]);
        }
        args.AddRange([RepoPaths.ChatBotDll, "ask", "--json", "--db", db]);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        long peak = 0;
        var cpu = TimeSpan.Zero;
        while (!timed && !process.WaitForExit(10))
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                cpu = process.TotalProcessorTime;
            }
            catch (InvalidOperationException)
            {
                break;
            }
        }
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ask exited {process.ExitCode}: {errors.Result}");
        }
        var cpuMs = cpu.TotalMilliseconds;
        if (timed && errors.Result.Split('\n').LastOrDefault(l => l.StartsWith("TIME ", StringComparison.Ordinal)) is { } line)
        {
            var parts = line.Split(' ');
            cpuMs = (double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) + double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture)) * 1000;
            peak = long.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        return (clock.Elapsed.TotalMilliseconds, peak, output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, cpuMs);
    }
}
