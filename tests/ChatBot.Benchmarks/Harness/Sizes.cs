using System.Globalization;

namespace ChatBot.Benchmarks.Harness;

/// <summary>Store sizes named on the command line ("1000,10000"), or the default three.</summary>
public static class Sizes
{
    public static readonly int[] Default = [1_000, 10_000, 100_000];

    public static int[] Parse(string[] args, int position, int[]? fallback = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Length > position
            ? [.. args[position].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s.Replace("k", "000", StringComparison.Ordinal), CultureInfo.InvariantCulture))]
            : fallback ?? Default;
    }
}
