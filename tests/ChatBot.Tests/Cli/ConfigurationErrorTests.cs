using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

/// <summary>The real built ChatBot with a bad setting: one line naming it, exit code 2, no database touched.</summary>
public sealed class ConfigurationErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatbot-config-").FullName;

    [Theory]
    [InlineData("ask", "who leads the delegation?")]
    [InlineData("ask", "--json")]
    [InlineData(null, null)]
    public async Task A_blank_database_path_is_one_line_naming_the_setting_and_exit_code_2_in_ask_and_console_mode(string? mode, string? argument)
    {
        var (code, stdout, stderr) = await RunAsync(new() { ["Storage__DatabasePath"] = " " }, [.. new[] { mode, argument }.OfType<string>()]);

        Assert.Equal(2, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Configuration error: Storage:DatabasePath must not be blank", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, stdout);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public async Task A_malformed_telegram_token_fails_before_the_database_is_created_or_seeded()
    {
        var database = Path.Combine(_folder, "bot.db");

        var (code, _, stderr) = await RunAsync(new()
        {
            ["Telegram__BotToken"] = "not-a-token-secret42",
            ["Storage__DatabasePath"] = database,
        }, []);

        Assert.Equal(2, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Telegram:BotToken is malformed", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret42", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Password=hunter2;Database=chatbot")]
    public async Task Postgres_without_a_usable_connection_string_is_one_line_naming_it_and_never_shows_the_password(string? connectionString)
    {
        var environment = new Dictionary<string, string> { ["Storage__Provider"] = "Postgres", ["Storage__DatabasePath"] = Path.Combine(_folder, "bot.db") };
        if (connectionString is not null)
        {
            environment["Storage__ConnectionString"] = connectionString;
        }

        var (code, _, stderr) = await RunAsync(environment, ["ask", "who leads the delegation?"]);

        Assert.Equal(2, code);
        Assert.Contains("Storage:ConnectionString must be an Npgsql connection string", Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)),
            StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public async Task A_data_folder_with_a_broken_fact_is_one_line_in_words_naming_the_entry()
    {
        var data = Directory.CreateDirectory(Path.Combine(_folder, "data")).FullName;
        await File.WriteAllTextAsync(Path.Combine(data, "facts.json"), """{"sources": [], "facts": [null]}""");

        var (code, _, stderr) = await RunAsync(new() { ["Storage__DataDirectory"] = data, ["Storage__DatabasePath"] = Path.Combine(_folder, "bot.db") },
            ["ask", "who leads the delegation?"]);

        Assert.Equal(2, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("the data folder cannot be loaded", line, StringComparison.Ordinal);
        Assert.Contains("facts[0]: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("NullEntry", line, StringComparison.Ordinal); // worded, not a record printed raw
        Assert.DoesNotContain("{", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_storage_provider_is_one_line_naming_the_setting()
    {
        var (code, _, stderr) = await RunAsync(new() { ["Storage__Provider"] = "Oracle", ["Storage__DatabasePath"] = Path.Combine(_folder, "bot.db") }, ["ask", "x"]);

        Assert.Equal(2, code);
        Assert.Contains("Storage:Provider must be Sqlite or Postgres", Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public async Task A_setting_of_the_wrong_type_is_one_line_naming_it()
    {
        var (code, _, stderr) = await RunAsync(new()
        {
            ["Telegram__BotToken"] = "123:abc",
            ["Bot__QuestionsPerMinute"] = "many",
            ["Storage__DatabasePath"] = Path.Combine(_folder, "bot.db"),
        }, []);

        Assert.Equal(2, code);
        Assert.Contains("Bot:QuestionsPerMinute", Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Theory]
    [InlineData("Telegram__WebhookSecret", "Telegram:WebhookUrl must be the public https:// URL")]
    [InlineData("Telegram__WebhookUrl", "Telegram:WebhookSecret is required when Telegram:Mode is Webhook")]
    public async Task Webhook_mode_without_its_url_or_secret_is_one_line_naming_the_missing_setting(string onlySet, string expected)
    {
        var environment = new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = "123:abc",
            ["Telegram__Mode"] = "Webhook",
            ["Storage__DatabasePath"] = Path.Combine(_folder, "bot.db"),
            ["urls"] = "http://127.0.0.1:0",
        };
        environment[onlySet] = onlySet.EndsWith("Url", StringComparison.Ordinal) ? "https://bot.example.org/hook" : "hunter2secret";

        var (code, _, stderr) = await RunAsync(environment, []);

        Assert.Equal(2, code);
        Assert.Contains(expected, Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2secret", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public async Task A_webhook_url_that_is_not_https_is_refused_at_start()
    {
        var (code, _, stderr) = await RunAsync(new()
        {
            ["Telegram__BotToken"] = "123:abc",
            ["Telegram__Mode"] = "Webhook",
            ["Telegram__WebhookUrl"] = "http://bot.example.org/hook",
            ["Telegram__WebhookSecret"] = "s3cret",
            ["Storage__DatabasePath"] = Path.Combine(_folder, "bot.db"),
            ["urls"] = "http://127.0.0.1:0",
        }, []);

        Assert.Equal(2, code);
        Assert.Contains("Telegram:WebhookUrl must be the public https:// URL", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    private async Task<(int Code, string Stdout, string Stderr)> RunAsync(Dictionary<string, string> environment, string[] args)
    {
        var info = ChildRun.StartInfo(_folder, args);
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("Telegram__", StringComparison.Ordinal) || k.StartsWith("Storage__", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(key);
        }
        info.Environment["Storage__DataDirectory"] = Path.Combine(AppContext.BaseDirectory, "data");
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        return await ChildRun.RunAsync(info);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind must not fail the run.
        }
    }
}
