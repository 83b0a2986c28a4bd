using System.Collections.Concurrent;
using System.Diagnostics;
using ChatBot.Alerts.Tests.ChildProcess;

namespace ChatBot.Alerts.Tests.Support;

/// <summary>This test assembly started as a separate process running only the dispatcher, to be SIGKILLed.</summary>
public sealed class ChildDispatcher : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ChildDispatcher(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    public string Output => string.Join(Environment.NewLine, _output.TakeLast(40));

    public static ChildDispatcher Start(string databasePath, string baseUrl, params string[] settings)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var psi = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("exec");
        psi.ArgumentList.Add(typeof(ChildHost).Assembly.Location);
        psi.ArgumentList.Add(ChildHost.Verb);
        psi.ArgumentList.Add($"--Storage:DatabasePath={databasePath}");
        psi.ArgumentList.Add($"--Telegram:ApiBaseUrl={baseUrl}");
        psi.ArgumentList.Add($"--Telegram:BotToken={AlertHost.Token}");
        psi.ArgumentList.Add("--Alerts:RetryBaseDelay=00:00:00.200");
        psi.ArgumentList.Add("--Alerts:PollInterval=00:00:00.200");
        foreach (var s in settings)
        {
            psi.ArgumentList.Add(s);
        }
        var process = new Process { StartInfo = psi };
        var child = new ChildDispatcher(process);
        process.OutputDataReceived += (_, e) => child.Log(e.Data);
        process.ErrorDataReceived += (_, e) => child.Log(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>SIGKILL on Linux: no shutdown code runs, exactly like a crash or an OOM kill.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _process.WaitForExitAsync(cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void Log(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }
}
