using System.Globalization;
using ChatBot.TestSupport;
using Npgsql;

namespace ChatBot.Benchmarks.Harness;

/// <summary>
/// What the benchmark's PostgreSQL cluster spent: its CPU (the server and every backend, read from /proc, so the cost
/// of a replica's statements is counted where it is paid) and, when <see cref="StatementsVariable"/> is set, the
/// statements that took the most time (<c>pg_stat_statements</c>).
/// </summary>
public static class PostgresStats
{
    public const string StatementsVariable = "CHATBOT_BENCH_PG_STATEMENTS";

    private const double TicksPerSecond = 100;

    public static bool ListStatements => Environment.GetEnvironmentVariable(StatementsVariable) == "1";

    /// <summary>Server settings to try (<c>name=value</c>, separated by spaces), e.g. <c>autovacuum_naptime=10s</c>.</summary>
    public const string SettingsVariable = "CHATBOT_BENCH_PG_SETTINGS";

    /// <summary>The server settings that make the statement statistics available, and any asked for.</summary>
    public static string[] Settings =>
    [
        .. ListStatements ? ["shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track=all", "pg_stat_statements.track_planning=on"] : Array.Empty<string>(),
        .. (Environment.GetEnvironmentVariable(SettingsVariable) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
    ];

    /// <summary>CPU ms of the whole cluster so far: the server with its reaped children, plus the live ones.</summary>
    public static double CpuMs(PostgresCluster cluster)
    {
        var pidFile = Path.Combine(cluster.DataDir, "postmaster.pid");
        if (!OperatingSystem.IsLinux() || !File.Exists(pidFile))
        {
            return 0;
        }
        var server = File.ReadLines(pidFile).First().Trim();
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            var pid = Path.GetFileName(dir);
            if (!pid.All(char.IsAsciiDigit) || Stat(dir) is not { } f)
            {
                continue;
            }
            if (pid == server)
            {
                ticks += f[11] + f[12] + f[13] + f[14];
            }
            else if (f[1].ToString(CultureInfo.InvariantCulture) == server)
            {
                ticks += f[11] + f[12];
            }
        }
        return ticks * 1000 / TicksPerSecond;
    }

    public static async Task ResetStatementsAsync(string connectionString)
    {
        if (!ListStatements)
        {
            return;
        }
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync().ConfigureAwait(false);
        await using var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset()", c);
        await create.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public static async Task PrintStatementsAsync(string setup, string connectionString, int updates)
    {
        if (!ListStatements)
        {
            return;
        }
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync().ConfigureAwait(false);
        await using var top = new NpgsqlCommand("""
            SELECT calls, total_exec_time + total_plan_time, rows, shared_blks_hit, regexp_replace(query, '\s+', ' ', 'g')
            FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
            ORDER BY 2 DESC LIMIT 15
            """, c);
        await using var r = await top.ExecuteReaderAsync().ConfigureAwait(false);
        Console.WriteLine($"statements of '{setup}' over {updates} updates: calls/update | ms/update | rows/call | buffers/call | query");
        while (await r.ReadAsync().ConfigureAwait(false))
        {
            var calls = r.GetInt64(0);
            var query = r.GetString(4);
            Console.WriteLine(FormattableString.Invariant(
                $"  {calls / (double)updates:0.00} | {r.GetDouble(1) / updates:0.000} | {r.GetInt64(2) / (double)Math.Max(1, calls):0.0} | {r.GetInt64(3) / (double)Math.Max(1, calls):0.0} | {query[..Math.Min(160, query.Length)]}"));
        }
    }

    private static long[]? Stat(string dir)
    {
        try
        {
            var s = File.ReadAllText(Path.Combine(dir, "stat"));
            // The command name may hold spaces; the fields after it start with the state.
            var fields = s[(s.LastIndexOf(')') + 2)..].Split(' ');
            return [0, long.Parse(fields[1], CultureInfo.InvariantCulture), .. fields.Skip(2).Take(13).Select(x => long.Parse(x, CultureInfo.InvariantCulture))];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
