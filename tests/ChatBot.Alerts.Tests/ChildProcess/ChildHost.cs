using ChatBot.Hosting;
using ChatBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Alerts.Tests.ChildProcess;

/// <summary>
/// Entry point of this assembly when a test starts it as a child process: runs only the alert dispatcher, wired by
/// <see cref="AlertRegistration.AddAlerts"/>, against the given database and Bot API, until it is killed.
/// </summary>
public static class ChildHost
{
    public const string Verb = "alerts-dispatcher";

    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length < 1 || args[0] != Verb)
        {
            await Console.Error.WriteLineAsync($"usage: {Verb} --Storage:DatabasePath=… --Telegram:ApiBaseUrl=… --Telegram:BotToken=…");
            return 2;
        }
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args[1..], DisableDefaults = true });
        builder.Configuration.AddCommandLine(args[1..]);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information);
        builder.Services.AddSingleton(new SqliteDatabase(builder.Configuration["Storage:DatabasePath"]!));
        builder.Services.AddSqliteStorage().AddAlerts();
        using var host = builder.Build();
        await host.RunAsync();
        return 0;
    }
}
