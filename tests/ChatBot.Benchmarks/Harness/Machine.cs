using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ChatBot.Benchmarks.Harness;

/// <summary>What the figures were measured on: commit, cores, runtime, and how busy the box already was.</summary>
public static class Machine
{
    public static void Print()
    {
        Console.WriteLine($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC at commit {Git("rev-parse --short HEAD")}{(Git("status --porcelain -- src").Length > 0 ? " (src has uncommitted changes)" : "")}; " +
            $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, " +
            $"load average {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a")}");
        Console.WriteLine();
    }

    private static string Git(string args)
    {
        try
        {
            var info = new ProcessStartInfo("git", args) { RedirectStandardOutput = true, WorkingDirectory = Synthetic.RepoPaths.Root };
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }
}
