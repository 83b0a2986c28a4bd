using System.Runtime.InteropServices;

namespace ChatBot.Benchmarks.Harness;

/// <summary>
/// CPU time of the calling thread (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID)): unlike wall time it does not
/// grow when other processes compete for the cores.
/// </summary>
public static partial class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ClockThreadCpuTimeId, out var ts) != 0)
        {
            return double.NaN;
        }
        return (ts.Seconds * 1000.0) + (ts.Nanoseconds / 1_000_000.0);
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
