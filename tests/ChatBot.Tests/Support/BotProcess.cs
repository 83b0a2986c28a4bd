using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ChatBot.Tests.Support;

/// <summary>The real built ChatBot as a child process, killed in Dispose whatever happened.</summary>
public sealed partial class BotProcess : IDisposable
{
    /// <summary>
    /// Waits on a child process. Its cold start (JIT, migrations, seed, match index) alone can take most of
    /// <see cref="BotHarness.Patience"/> on a loaded box (test assemblies run in parallel on few cores), so these waits
    /// get more; they still end as soon as their condition holds.
    /// </summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private BotProcess(Process process) => _process = process;

    public string Output => string.Join(Environment.NewLine, _output);

    public bool HasExited => _process.HasExited;

    public int Id => _process.Id;

    /// <param name="environment">More settings, e.g. <c>Bot__AdminUserIds__0</c>.</param>
    public static BotProcess Start(string apiBaseUrl, string databasePath, string token = BotHarness.Token, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(databasePath)!,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ChatBot.dll"));
        info.Environment["Telegram__BotToken"] = token;
        info.Environment["Telegram__ApiBaseUrl"] = apiBaseUrl;
        info.Environment["Telegram__PollTimeoutSeconds"] = "10";
        info.Environment["Storage__DatabasePath"] = databasePath;
        info.Environment["Storage__DataDirectory"] = Path.Combine(AppContext.BaseDirectory, "data");
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        var process = new Process { StartInfo = info };
        var bot = new BotProcess(process);
        process.OutputDataReceived += (_, e) => bot.Add(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>The address a webhook-mode process listens on (it was started with <c>urls=http://127.0.0.1:0</c>).</summary>
    public async Task<Uri> ListeningAsync()
    {
        Uri? address = null;
        await Eventually.TrueAsync(() =>
        {
            address = Listening().Match(Output) is { Success: true } m ? new Uri(m.Groups[1].Value) : null;
            return address is not null || HasExited;
        }, Patience, "the bot's listen address", () => Output);
        Assert.False(HasExited, Output);
        return address!;
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly like a power cut or the OOM killer.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, as systemd stops a service; returns the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                KillHard();
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
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
