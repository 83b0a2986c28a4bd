using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ChatBot.TestSupport;

/// <summary>
/// A throwaway PostgreSQL cluster for the tests: <c>initdb</c> into a fresh temp folder, <c>pg_ctl start</c> on a free
/// loopback port, a fresh database per test class instance, and <c>pg_ctl stop -m immediate</c> plus the folder
/// deleted on dispose. The server binaries are found with <c>pg_config --bindir</c>, under /usr/lib/postgresql/*/bin,
/// or on PATH; when they are missing the tests fail (never skip), saying how to install them. initdb refuses to run as
/// root, so as root the cluster runs as the <c>postgres</c> user (created when absent). Every wait is bounded.
/// Shared by the test projects as a linked source file.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(60);
    private static readonly string[] SystemFolders = ["/usr/sbin", "/sbin", "/usr/bin", "/bin"];
    private static int _databases;
    private readonly string _folder;
    private readonly string _bin;
    private readonly string? _runAs;
    private readonly string _adminConnection;

    public PostgresCluster()
        : this(durable: false)
    {
    }

    /// <param name="durable">
    /// Keep PostgreSQL's crash safety (fsync, synchronous commit), as a benchmark must; tests turn it off for speed.
    /// </param>
    /// <param name="settings">More server settings (<c>-c name=value</c> each), e.g. a benchmark's statement statistics.</param>
    internal PostgresCluster(bool durable, params string[] settings)
    {
        _bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found via pg_config --bindir, /usr/lib/postgresql/*/bin or PATH. " +
            "Install them: apt-get install -y postgresql (.ci/run does this).");
        _folder = Directory.CreateTempSubdirectory("chatbot-pg-").FullName;
        _runAs = IsRoot() ? EnsureUser("postgres") : null;
        try
        {
            if (_runAs is not null)
            {
                Run("chown", ["-R", _runAs, _folder]);
            }
            Port = FreePort();
            RunAsOwner(Path.Combine(_bin, "initdb"), ["-D", DataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"]);
            RunAsOwner(Path.Combine(_bin, "pg_ctl"), ["-D", DataDir, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
                "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1{(durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off")} -c max_connections=200{string.Concat(settings.Select(x => " -c " + x))}",
                "start"]);
            _adminConnection = ConnectionString("postgres");
        }
        catch
        {
            Cleanup();
            throw;
        }
    }

    public int Port { get; }

    /// <summary>The cluster's data folder (its postmaster.pid names the server process).</summary>
    internal string DataDir => Path.Combine(_folder, "data");

    /// <summary>The connection string of a database on this cluster (Npgsql syntax).</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=15;Command Timeout=60;Pooling=true";

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public string CreateDatabase()
    {
        var name = $"chatbot_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        using var connection = new NpgsqlConnection(_adminConnection);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            RunAsOwner(Path.Combine(_bin, "pg_ctl"), ["-D", DataDir, "-m", "immediate", "-w", "-t", "30", "stop"]);
        }
        finally
        {
            Cleanup();
        }
    }

    private void Cleanup()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static string? FindBinaries()
    {
        static bool Has(string? dir) => dir is not null && File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));
        try
        {
            var configured = Run("pg_config", ["--bindir"]).Trim();
            if (Has(configured))
            {
                return configured;
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // No pg_config: look further.
        }
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(Has)
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            : Enumerable.Empty<string>();
        return versions.FirstOrDefault()
            ?? (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).FirstOrDefault(Has);
    }

    private static bool IsRoot() =>
        File.Exists("/proc/self/status")
        && File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal))?
            .Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1) == "0";

    private static string EnsureUser(string user)
    {
        try
        {
            Run("id", ["-u", user]);
        }
        catch (InvalidOperationException)
        {
            Run(SystemTool("useradd"), ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user]);
        }
        return user;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string RunAsOwner(string program, IReadOnlyList<string> arguments) =>
        _runAs is null ? Run(program, arguments) : Run(SystemTool("runuser"), ["-u", _runAs, "--", program, .. arguments]);

    /// <summary>An administration tool by full path: a root shell's PATH does not always hold the sbin folders.</summary>
    private static string SystemTool(string name) =>
        SystemFolders.Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists) ?? name;

    /// <summary>Runs a program to completion within <see cref="StepTimeout"/>; a failure throws with its output.</summary>
    private static string Run(string program, IReadOnlyList<string> arguments)
    {
        // From "/", which every user may enter: initdb run as postgres must not start in root's home.
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = "/" };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(StepTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} did not finish within {StepTimeout.TotalSeconds} s.");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr.Result}{stdout.Result}");
        }
        return stdout.Result;
    }
}
