using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ChatBot.Alerts;
using ChatBot.FakeTelegram;
using ChatBot.Hosting;
using ChatBot.Storage;
using ChatBot.Storage.Alerts;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using IHost = Microsoft.Extensions.Hosting.IHost;

namespace ChatBot.Benchmarks;

/// <summary>
/// One broadcast to 10,000 subscribers through the real dispatcher, Telegram.Bot client and the fake Bot API
/// (in this process, so allocations include the fake's). "unlimited" lifts both rate limits: messages per second
/// the pipeline sustains. "default" keeps 25/s: the achieved rate as a share of the configured one (target ≥ 95%).
/// Run: dotnet run -c Release --project tests/ChatBot.Benchmarks -- --filter '*AlertBroadcast*'
/// ('*AlertBroadcast.Unlimited' alone takes seconds; the default-rate case takes about 400 s by design).
/// </summary>
[Config(typeof(InProcessOnce))]
public class AlertBroadcastBenchmark
{
    private const string Token = "123456:BENCH-alerts";
    private FakeBotApi _fake = null!;
    private SqliteDatabase _database = null!;
    private string _folder = null!;
    private IHost _host = null!;
    private long _sentBefore;
    private Stopwatch _clock = null!;

    [Params(10_000)]
    public int Subscribers { get; set; }

    private string _rate = "default";

    [GlobalSetup]
    public void Setup()
    {
        _fake = FakeBotApi.StartAsync().GetAwaiter().GetResult();
        _folder = Path.Combine(Path.GetTempPath(), "chatbot-alert-bench-" + Guid.NewGuid().ToString("N"));
        _database = new SqliteDatabase(Path.Combine(_folder, "bench.db"));
        _database.Migrate();
        using var c = _database.Open();
        using var tx = c.BeginTransaction();
        for (var i = 0; i < Subscribers; i++)
        {
            var chat = _fake.CreatePrivateChat($"S{i}").Id;
            AlertRows.Execute(c, tx, "INSERT INTO subscribers (chat_id, active, created_at, updated_at) VALUES ($c, 1, 'x', 'x')", ("$c", chat));
            AlertRows.Execute(c, tx, "INSERT INTO subscriptions (chat_id, tag, created_at) VALUES ($c, '*', 'x')", ("$c", chat));
        }
        tx.Commit();
    }

    [IterationSetup(Target = nameof(Unlimited))]
    public void QueueUnlimited() => QueueBroadcast("unlimited");

    [IterationSetup(Target = nameof(DefaultRate))]
    public void QueueDefaultRate() => QueueBroadcast("default");

    private void QueueBroadcast(string rate)
    {
        _rate = rate;
        new SqliteAlertOutbox(_database, TimeProvider.System).EnqueueBroadcastAsync("Benchmark announcement", "bench").GetAwaiter().GetResult();
        var unlimited = rate == "unlimited";
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = Token,
            ["Telegram:ApiBaseUrl"] = _fake.BaseUrl,
            ["Alerts:GlobalMessagesPerSecond"] = unlimited ? "1000000" : "25",
            ["Alerts:PerChatMessagesPerSecond"] = unlimited ? "1000000" : "1",
            ["Alerts:BatchSize"] = "500",
        });
        builder.Services.AddSingleton(_database);
        builder.Services.AddSqliteStorage().AddAlerts();
        _host = builder.Build();
        _sentBefore = _fake.TotalSentMessages;
    }

    [Benchmark]
    public Task Unlimited() => BroadcastAsync();

    [Benchmark]
    public Task DefaultRate() => BroadcastAsync();

    private async Task BroadcastAsync()
    {
        _clock = Stopwatch.StartNew();
        await _host.StartAsync().ConfigureAwait(false);
        var target = _sentBefore + Subscribers;
        await _fake.WaitForAsync(() => _fake.TotalSentMessages >= target, TimeSpan.FromMinutes(15), "the broadcast").ConfigureAwait(false);
        _clock.Stop();
        await _host.StopAsync().ConfigureAwait(false);
    }

    [IterationCleanup]
    public void Report()
    {
        _host.Dispose();
        var sends = _fake.RequestsFor("sendMessage").Where(r => r.StatusCode == 200).TakeLast(Subscribers).ToList();
        var span = sends[^1].Elapsed - sends[0].Elapsed;
        var rate = (sends.Count - 1) / span.TotalSeconds;
        var configured = _rate == "unlimited" ? double.NaN : 25.0;
        var share = double.IsNaN(configured) ? "" : FormattableString.Invariant($" = {rate / configured:P1} of {configured}/s");
        var throttled = _fake.RequestsFor("sendMessage").Count(r => r.StatusCode == 429);
        Console.WriteLine(FormattableString.Invariant(
            $"// AlertBroadcast {_rate}: {sends.Count} messages, first to last {span.TotalSeconds:0.00} s, {rate:0.0} msg/s{share}; start to all sent {_clock.Elapsed.TotalSeconds:0.00} s; 429s {throttled}; peak 1 s window {_fake.GetSendRates().MaxGlobalInWindow}; working set {Environment.WorkingSet / 1048576} MB"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _fake.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>
    /// One cold, measured broadcast in this process: no generated project to build (a loaded box timed that out), no
    /// extra jitting run (the default-rate case alone is ~400 s), and a timeout long enough for it.
    /// </summary>
    private sealed class InProcessOnce : ManualConfig
    {
        public InProcessOnce()
        {
            var toolchain = new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true);
            AddJob(Job.Default.WithStrategy(RunStrategy.ColdStart).WithLaunchCount(1).WithWarmupCount(0).WithIterationCount(1)
                .WithInvocationCount(1).WithUnrollFactor(1).WithToolchain(toolchain).WithId("InProcessOnce"));
            AddDiagnoser(MemoryDiagnoser.Default);
        }
    }
}
