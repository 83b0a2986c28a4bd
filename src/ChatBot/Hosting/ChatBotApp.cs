using ChatBot.Cli;
using ChatBot.Hosting.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Hosting;

/// <summary>Chooses the mode: `ask`, the Telegram bot (token configured) or the console chat (no token).</summary>
public static class ChatBotApp
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "ask")
        {
            return await RunAskAsync(args[1..], input, output).ConfigureAwait(false);
        }
        using var host = BuildHost(args, out var telegram);
        if (!await StartAsync(host).ConfigureAwait(false))
        {
            return ConfigurationCheck.ExitCode;
        }
        if (telegram)
        {
            if (host is WebApplication web)
            {
                web.MapChatBotEndpoints();
            }
            try
            {
                await host.RunAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ConfigurationCheck.Describe(ex) is { } problem)
            {
                await Console.Error.WriteLineAsync("Configuration error: " + problem).ConfigureAwait(false);
                return ConfigurationCheck.ExitCode;
            }
            return Environment.ExitCode;
        }
        var chat = ActivatorUtilities.CreateInstance<ConsoleChat>(host.Services);
        return await chat.RunAsync(input, output, CancellationToken.None).ConfigureAwait(false);
    }

    private static async Task<int> RunAskAsync(string[] args, TextReader input, TextWriter output)
    {
        var ask = AskArguments.Parse(args, out var error);
        if (ask is null)
        {
            await Console.Error.WriteLineAsync(error).ConfigureAwait(false);
            return 2;
        }
        var builder = CreateBuilder([], LogLevel.Warning);
        if (ask.DatabasePath is not null)
        {
            builder.Configuration.AddInMemoryCollection([new("Storage:DatabasePath", ask.DatabasePath)]);
        }
        using var host = builder.Build();
        if (!await StartAsync(host).ConfigureAwait(false))
        {
            return ConfigurationCheck.ExitCode;
        }
        var command = ActivatorUtilities.CreateInstance<AskCommand>(host.Services);
        return await command.RunAsync(ask, input, output, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Options first, then the database: a bad setting must not leave a created or seeded store behind.</summary>
    private static async Task<bool> StartAsync(IHost host)
    {
        if (!await ConfigurationCheck.PassesAsync(host.Services, Console.Error).ConfigureAwait(false))
        {
            return false;
        }
        try
        {
            await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync().ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ConfigurationCheck.Describe(ex) is { } problem)
        {
            await Console.Error.WriteLineAsync("Configuration error: " + problem).ConfigureAwait(false);
            return false;
        }
    }

    /// <summary>Kestrel only when the bot serves HTTP (see <see cref="WebRegistration.ServesHttp"/>); otherwise the plain host.</summary>
    private static IHost BuildHost(string[] args, out bool telegram)
    {
        var plain = CreateBuilder(args, LogLevel.Information);
        if (!WebRegistration.ServesHttp(plain.Configuration))
        {
            telegram = plain.AddTelegramIfConfigured();
            return plain.Build();
        }
        var web = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = Directory.GetCurrentDirectory() });
        Configure(web, LogLevel.Information);
        telegram = web.AddTelegramIfConfigured();
        web.AddChatBotWeb();
        return web.Build();
    }

    private static HostApplicationBuilder CreateBuilder(string[] args, LogLevel minimum)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = Directory.GetCurrentDirectory() });
        Configure(builder, minimum);
        return builder;
    }

    private static void Configure(IHostApplicationBuilder builder, LogLevel minimum)
    {
        builder.Logging.ClearProviders();
        // stdout belongs to answers (ask --json, console chat); every log line goes to stderr.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).AddFilter(level => level >= minimum);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddChatBotCore(builder.Configuration);
    }
}
