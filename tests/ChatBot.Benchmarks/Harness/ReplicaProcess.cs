using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ChatBot.Benchmarks.Harness;

/// <summary>One ChatBot process of a replicas run: its output kept for errors, killed on dispose.</summary>
public sealed partial class ReplicaProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ReplicaProcess(Process process) => _process = process;

    public TimeSpan Cpu
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static ReplicaProcess Start(string dll, string folder, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        info.ArgumentList.Add(dll);
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        var process = new Process { StartInfo = info };
        var replica = new ReplicaProcess(process);
        process.OutputDataReceived += (_, e) => replica.Add(e.Data);
        process.ErrorDataReceived += (_, e) => replica.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return replica;
    }

    /// <summary>Waits for the listen address and a 200 from /readyz (store migrated, index built); returns the address.</summary>
    public async Task<Uri> ReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                break;
            }
            if (Listening().Match(string.Join('\n', _output)) is { Success: true } m)
            {
                var address = new Uri(m.Groups[1].Value);
                try
                {
                    using var ready = await http.GetAsync(new Uri(address, "/readyz")).ConfigureAwait(false);
                    if (ready.IsSuccessStatusCode)
                    {
                        return address;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                catch (TaskCanceledException)
                {
                    // One request slower than its 5 s on a starved box: ask again until the overall timeout.
                }
            }
            await Task.Delay(100).ConfigureAwait(false);
        }
        throw new TimeoutException("A replica did not get ready:\n" + string.Join('\n', _output));
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
