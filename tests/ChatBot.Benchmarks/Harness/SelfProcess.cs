using System.Diagnostics;

namespace ChatBot.Benchmarks.Harness;

/// <summary>Starts this benchmark program again with other arguments (for a clean process per measurement).</summary>
public static class SelfProcess
{
    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var info = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        var host = Environment.ProcessPath ?? "dotnet";
        info.FileName = host;
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            info.ArgumentList.Add(typeof(SelfProcess).Assembly.Location);
        }
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        return info;
    }

    /// <summary>Runs to the end and returns the last line of stdout.</summary>
    public static string RunLastLine(params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"child {string.Join(' ', args)} exited {process.ExitCode}: {output}");
        }
        return output.TrimEnd().Split('\n')[^1];
    }
}
