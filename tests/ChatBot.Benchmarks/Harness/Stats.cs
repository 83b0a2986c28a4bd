using System.Globalization;

namespace ChatBot.Benchmarks.Harness;

/// <summary>Percentiles over raw samples (nearest rank) and number formatting for the printed tables.</summary>
public static class Stats
{
    public static double Percentile(IReadOnlyList<double> samples, double p)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            return double.NaN;
        }
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public static string F(double value, string format = "0.000") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Mb(long bytes) => F(bytes / (1024.0 * 1024.0), "0.0");
}
