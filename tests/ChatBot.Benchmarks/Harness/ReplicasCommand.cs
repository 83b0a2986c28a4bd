using System.Diagnostics;
using System.Globalization;
using ChatBot.FakeTelegram;
using ChatBot.TestSupport;
using BenchPaths = ChatBot.Benchmarks.Synthetic.RepoPaths;

namespace ChatBot.Benchmarks.Harness;

/// <summary>
/// The real ChatBot processes (Release build) side by side: 1 replica on SQLite (polling), 1 and 3 replicas on one
/// PostgreSQL (webhook, the fake spreading its POSTs over them like a load balancer). Each answers the shipped store.
/// Per setup: a burst of questions enqueued at once (updates/s until the last reply), then questions paced at a
/// steady rate (latency from enqueueing at the fake to the fake receiving the sendMessage, so Telegram's side of the
/// delivery is included).
/// </summary>
public static class ReplicasCommand
{
    private const int Users = 500;
    private const int Burst = 3_000;
    private const int WarmUpBursts = 6;
    private const int Rate = 500;
    private static readonly TimeSpan Paced = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <param name="durable">False runs PostgreSQL without fsync, to see what the disk costs.</param>
    public static async Task RunAsync(bool durable = true)
    {
        if (!File.Exists(BenchPaths.ChatBotDll))
        {
            throw new InvalidOperationException($"{BenchPaths.ChatBotDll} is missing: build in Release first.");
        }
        Console.WriteLine($"## Replicas: real processes, shipped store; a burst of {Burst:N0} questions from {Users} users, then {Rate}/s for {Paced.TotalSeconds:0} s");
        Console.WriteLine($"PostgreSQL: a throwaway cluster on loopback, fsync and synchronous commit {(durable ? "on" : "OFF")}, on the same 2 cores.");
        Console.WriteLine("| setup | burst updates/s | paced: offered/s | p50 ms | p95 ms | p99 ms | max ms | bot CPU ms/update (all replicas) | PostgreSQL commits/update | PostgreSQL CPU ms/update |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        using var cluster = new PostgresCluster(durable, PostgresStats.Settings);
        var setups = (Environment.GetEnvironmentVariable(SetupsVariable) ?? "sqlite,pg1,pg3").Split(',', StringSplitOptions.TrimEntries);
        if (setups.Contains("sqlite"))
        {
            await MeasureAsync("1 replica, SQLite, polling", 1, null, cluster).ConfigureAwait(false);
        }
        if (setups.Contains("pg1"))
        {
            await MeasureAsync("1 replica, PostgreSQL, webhook", 1, cluster.CreateDatabase(), cluster).ConfigureAwait(false);
        }
        if (setups.Contains("pg3"))
        {
            await MeasureAsync("3 replicas, PostgreSQL, webhook", 3, cluster.CreateDatabase(), cluster).ConfigureAwait(false);
        }
    }

    /// <summary>More environment for the bot processes only (<c>NAME=value</c>, separated by spaces), e.g. runtime settings to try.</summary>
    public const string ReplicaEnvironmentVariable = "CHATBOT_BENCH_REPLICA_ENV";

    /// <summary>Which setups to run (<c>sqlite,pg1,pg3</c> by default), e.g. <c>pg3</c> alone while profiling it.</summary>
    public const string SetupsVariable = "CHATBOT_BENCH_REPLICA_SETUPS";

    private static async Task MeasureAsync(string setup, int replicas, string? postgres, PostgresCluster cluster)
    {
        var folder = Directory.CreateTempSubdirectory("chatbot-replicas-").FullName;
        await using var fake = await FakeBotApi.StartAsync().ConfigureAwait(false);
        var processes = Enumerable.Range(1, replicas).Select(i => Start(fake, folder, i, postgres)).ToList();
        try
        {
            if (postgres is null)
            {
                await fake.WaitForPollAsync(Patience).ConfigureAwait(false);
            }
            else
            {
                var addresses = new List<Uri>();
                foreach (var p in processes)
                {
                    addresses.Add(await p.ReadyAsync(Patience).ConfigureAwait(false));
                }
                fake.WebhookProxies = addresses;
                await fake.WaitForAsync(() => fake.WebhookUrl.Length > 0, Patience, "setWebhook").ConfigureAwait(false);
            }
            var users = Enumerable.Range(0, Users).Select(_ => fake.CreateUser()).ToList();
            var questions = Questions();
            var asked = 0;
            for (var i = 0; i < WarmUpBursts; i++)
            {
                await BurstAsync(fake, users, questions, asked).ConfigureAwait(false);
                asked += Burst;
            }
            var cpu = processes.Sum(p => p.Cpu.TotalMilliseconds);
            var commits = await CommitsAsync(postgres).ConfigureAwait(false);
            if (postgres is not null)
            {
                await PostgresStats.ResetStatementsAsync(postgres).ConfigureAwait(false);
            }
            var pgCpu = PostgresStats.CpuMs(cluster);
            var burst = await BurstAsync(fake, users, questions, asked).ConfigureAwait(false);
            asked += Burst;
            var cpuMs = processes.Sum(p => p.Cpu.TotalMilliseconds) - cpu;
            var pgCpuMs = PostgresStats.CpuMs(cluster) - pgCpu;
            var perUpdate = (await CommitsAsync(postgres).ConfigureAwait(false) - commits) / (double)Burst;
            if (postgres is not null)
            {
                await PostgresStats.PrintStatementsAsync(setup, postgres, Burst).ConfigureAwait(false);
            }
            var (offered, latencies) = await PacedAsync(fake, users, questions, asked).ConfigureAwait(false);
            latencies.Sort();
            Console.WriteLine(FormattableString.Invariant(
                $"| {setup} | {Burst / burst.TotalSeconds:0} | {offered:0} | {Stats.Percentile(latencies, 50):0.0} | {Stats.Percentile(latencies, 95):0.0} | {Stats.Percentile(latencies, 99):0.0} | {latencies[^1]:0.0} | {cpuMs / Burst:0.00} | {(postgres is null ? "–" : perUpdate.ToString("0.0", CultureInfo.InvariantCulture))} | {(postgres is null ? "–" : (pgCpuMs / Burst).ToString("0.00", CultureInfo.InvariantCulture))} |"));
        }
        finally
        {
            foreach (var p in processes)
            {
                p.Dispose();
            }
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    /// <summary>Transactions committed in the database so far (PostgreSQL's statistics lag up to a second: wait first).</summary>
    private static async Task<long> CommitsAsync(string? postgres)
    {
        if (postgres is null)
        {
            return 0;
        }
        await Task.Delay(TimeSpan.FromSeconds(1.5)).ConfigureAwait(false);
        await using var connection = new Npgsql.NpgsqlConnection(postgres);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new Npgsql.NpgsqlCommand("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()", connection);
        return (long)(await command.ExecuteScalarAsync().ConfigureAwait(false))!;
    }

    private static async Task<TimeSpan> BurstAsync(FakeBotApi fake, List<FakeUser> users, List<string> questions, int asked)
    {
        var baseline = fake.TotalSentMessages;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Burst; i++)
        {
            var user = users[i % users.Count];
            fake.EnqueueMessage(user.Id, user.Id, questions[(asked + i) % questions.Count]);
        }
        await fake.WaitForAsync(() => fake.TotalSentMessages >= baseline + Burst, Patience, "the burst's replies").ConfigureAwait(false);
        return clock.Elapsed;
    }

    /// <summary>Enqueues at <see cref="Rate"/> per second; each chat's n-th reply answers its n-th question.</summary>
    private static async Task<(double Offered, List<double> Latencies)> PacedAsync(FakeBotApi fake, List<FakeUser> users, List<string> questions, int asked)
    {
        var clock = Stopwatch.StartNew();
        var offset = await ClockOffsetAsync(fake, clock).ConfigureAwait(false);
        var firstReply = fake.Requests.Count == 0 ? 0 : fake.Requests[^1].Sequence;
        var total = (int)(Rate * Paced.TotalSeconds);
        var enqueued = users.ToDictionary(u => u.Id, _ => new List<TimeSpan>());
        var start = clock.Elapsed;
        for (var i = 0; i < total; i++)
        {
            var due = start + TimeSpan.FromSeconds((double)i / Rate);
            if (due > clock.Elapsed + TimeSpan.FromMilliseconds(2))
            {
                await Task.Delay(due - clock.Elapsed).ConfigureAwait(false);
            }
            var user = users[i % users.Count];
            enqueued[user.Id].Add(offset + clock.Elapsed);
            fake.EnqueueMessage(user.Id, user.Id, questions[(asked + i) % questions.Count]);
        }
        var offered = total / (clock.Elapsed - start).TotalSeconds;
        await fake.WaitForAsync(() => fake.RequestsFor("sendMessage").Count(r => r.Sequence > firstReply && r.StatusCode == 200) >= total, Patience, "the paced replies").ConfigureAwait(false);
        var latencies = new List<double>(total);
        foreach (var chat in fake.RequestsFor("sendMessage").Where(r => r.Sequence > firstReply && r.StatusCode == 200).GroupBy(r => r.ChatId!.Value))
        {
            var sent = enqueued[chat.Key];
            latencies.AddRange(chat.OrderBy(r => r.Sequence).Take(sent.Count).Select((r, n) => (r.Elapsed - sent[n]).TotalMilliseconds));
        }
        return (offered, latencies);
    }

    /// <summary>
    /// The fake's monotonic clock minus <paramref name="clock"/>'s, from the quickest of several requests timed on both
    /// sides (as NTP picks its sample): on a loaded box one request's round trip can be off by milliseconds.
    /// </summary>
    private static async Task<TimeSpan> ClockOffsetAsync(FakeBotApi fake, Stopwatch clock)
    {
        using var http = new HttpClient();
        var me = new Uri($"{fake.BaseUrl}/bot123456:BENCH/getMe");
        (await http.GetAsync(me).ConfigureAwait(false)).Dispose(); // warm the connection
        var best = (RoundTrip: TimeSpan.MaxValue, Offset: TimeSpan.Zero);
        for (var i = 0; i < 25; i++)
        {
            var before = clock.Elapsed;
            (await http.GetAsync(me).ConfigureAwait(false)).Dispose();
            var after = clock.Elapsed;
            if (after - before < best.RoundTrip)
            {
                best = (after - before, fake.RequestsFor("getMe")[^1].Elapsed - (before + after) / 2);
            }
        }
        return best.Offset;
    }

    private static List<string> Questions()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Data, "facts.json")));
        return [.. doc.RootElement.GetProperty("facts").EnumerateArray().SelectMany(f =>
            new[] { f.GetProperty("question").GetString()! }.Concat(f.TryGetProperty("alternates", out var a) ? a.EnumerateArray().Select(x => x.GetString()!) : []))];
    }

    private static ReplicaProcess Start(FakeBotApi fake, string folder, int replica, string? postgres)
    {
        var settings = new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = "123456:BENCH",
            ["Telegram__ApiBaseUrl"] = fake.BaseUrl,
            ["Telegram__PollTimeoutSeconds"] = "10",
            ["Storage__DatabasePath"] = Path.Combine(folder, "chatbot.db"),
            ["Storage__DataDirectory"] = RepoPaths.Data,
            ["Bot__QuestionsPerMinute"] = "1000000",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            ["DOTNET_ENVIRONMENT"] = "Production",
        };
        if (postgres is not null)
        {
            settings["Storage__Provider"] = "Postgres";
            settings["Storage__ConnectionString"] = postgres;
            settings["Storage__ReplicaId"] = "replica-" + replica.ToString(CultureInfo.InvariantCulture);
            settings["Telegram__Mode"] = "Webhook";
            settings["Telegram__WebhookUrl"] = "https://bot.example.org/telegram/update";
            settings["Telegram__WebhookSecret"] = "bench-secret";
            settings["urls"] = "http://127.0.0.1:0";
        }
        foreach (var pair in (Environment.GetEnvironmentVariable(ReplicaEnvironmentVariable) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            settings[pair[..at]] = pair[(at + 1)..];
        }
        return ReplicaProcess.Start(BenchPaths.ChatBotDll, folder, settings);
    }
}
