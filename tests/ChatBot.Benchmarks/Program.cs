using System.Globalization;
using BenchmarkDotNet.Running;
using ChatBot.Benchmarks.Harness;
using ChatBot.Benchmarks.Synthetic;

namespace ChatBot.Benchmarks;

/// <summary>
/// BenchmarkDotNet suites (`--filter '*'`), or one of the harness commands:
/// generate | latency | ready | profile-startup | throughput | replicas | cli | languages | all  [sizes, e.g. 1000,10000,100000].
/// </summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.FirstOrDefault() is "latency" or "ready" or "throughput" or "cli" or "languages" or "replicas" or "all")
        {
            Machine.Print();
        }
        switch (args.FirstOrDefault())
        {
            case "generate":
                foreach (var size in Sizes.Parse(args, 1))
                {
                    Console.WriteLine(StoreCache.Ensure(size));
                }
                return 0;
            case "latency":
                LatencyCommand.Run(Sizes.Parse(args, 1));
                return 0;
            case "ready":
                ReadyCommand.Run(Sizes.Parse(args, 1));
                return 0;
            case "profile-startup":
                StartupProfileCommand.Run(Sizes.Parse(args, 1));
                return 0;
            case "profile-startup-one":
                StartupProfileCommand.RunOne(int.Parse(args[1], CultureInfo.InvariantCulture));
                return 0;
            case "ready-one":
                ReadyCommand.RunOne(int.Parse(args[1], CultureInfo.InvariantCulture));
                return 0;
            case "throughput":
                await ThroughputCommand.RunAsync(Sizes.Parse(args, 1, [1_000, 10_000, 100_000]),
                    args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : null).ConfigureAwait(false);
                return 0;
            case "cli":
                CliCommand.Run(Sizes.Parse(args, 1, [1_000, 10_000, 100_000]));
                return 0;
            case "replicas":
                await ReplicasCommand.RunAsync(durable: args.ElementAtOrDefault(1) != "no-fsync").ConfigureAwait(false);
                return 0;
            case "languages":
                LanguagesCommand.Run(Sizes.Parse(args, 1, [10_000, 100_000]));
                return 0;
            case "all":
                var sizes = Sizes.Parse(args, 1);
                ReadyCommand.Run(sizes);
                LatencyCommand.Run(sizes);
                await ThroughputCommand.RunAsync(sizes).ConfigureAwait(false);
                CliCommand.Run(sizes);
                return 0;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
                return 0;
        }
    }
}
