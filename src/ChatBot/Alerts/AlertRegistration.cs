using ChatBot.Core.Alerts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Alerts;

public static class AlertRegistration
{
    /// <summary>The HttpClient of alert sends, apart from the one that answers questions, and never logged (URLs hold the token).</summary>
    public const string HttpClientName = "telegram-alerts";

    /// <summary>
    /// Subscriptions, the outbox, the use cases behind /subscribe, /unsubscribe, /subscriptions, /broadcast, /alerts,
    /// and the dispatcher. Needs the stores (<c>AddChatBotCore</c>, or <c>AddSqliteStorage()</c>/<c>AddPostgresStorage()</c>). Sends with its own
    /// Telegram client (RetryThreshold 0, its own HttpClient) built from the TelegramOptions keys
    /// <c>Telegram:BotToken</c> and <c>Telegram:ApiBaseUrl</c>; register another <see cref="IAlertSender"/> first to
    /// replace it. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddOptions<AlertsOptions>().BindConfiguration(AlertsOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AlertsOptions>, AlertsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AlertWakeup>();
        services.TryAddSingleton<IAlertWakeup>(sp => sp.GetRequiredService<AlertWakeup>());
        services.TryAddSingleton<KnownTopics>();
        services.TryAddSingleton<SubscribeUseCase>();
        services.TryAddSingleton<UnsubscribeUseCase>();
        services.TryAddSingleton<ListSubscriptionsUseCase>();
        services.TryAddSingleton<BroadcastUseCase>();
        services.TryAddSingleton<AlertsReportUseCase>();
        services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<AlertsOptions>>().Value.SendTimeout)
            .RemoveAllLoggers();
        services.TryAddSingleton<IAlertSender>(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var token = configuration["Telegram:BotToken"];
            if (string.IsNullOrWhiteSpace(token))
            {
                throw new InvalidOperationException("Alerts need Telegram:BotToken to send.");
            }
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            return new TelegramAlertSender(TelegramAlertSender.CreateClient(token, configuration["Telegram:ApiBaseUrl"], http));
        });
        services.AddHostedService<AlertDispatcher>();
        return services;
    }
}
