using ChatBot.Core.Alerts;
using ChatBot.Hosting;
using ChatBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Alerts.Tests.Support;

/// <summary>A host with only the alert services, wired by <see cref="AlertRegistration.AddAlerts"/>, aimed at a fake Bot API.</summary>
public static class AlertHost
{
    public const string Token = "123456:ALERTS-test-token";

    /// <param name="decorate">Wraps the production sender, e.g. to time each send.</param>
    public static IHost Build(SqliteDatabase database, string baseUrl, IDictionary<string, string?>? settings = null,
        Func<IAlertSender, IAlertSender>? decorate = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = Token,
            ["Telegram:ApiBaseUrl"] = baseUrl,
            ["Alerts:RetryBaseDelay"] = "00:00:00.200",
            ["Alerts:PollInterval"] = "00:00:00.200",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.Services.AddSingleton(database);
        builder.Services.AddSqliteStorage().AddAlerts();
        if (decorate is not null)
        {
            var production = builder.Services.Single(d => d.ServiceType == typeof(IAlertSender));
            builder.Services.Remove(production);
            builder.Services.AddSingleton(sp => decorate((IAlertSender)production.ImplementationFactory!(sp)));
        }
        return builder.Build();
    }
}
