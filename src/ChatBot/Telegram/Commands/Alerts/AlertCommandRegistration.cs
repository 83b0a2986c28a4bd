using ChatBot.Alerts;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Telegram.Commands.Alerts;

public static class AlertCommandRegistration
{
    /// <summary>
    /// /subscribe, /unsubscribe, /subscriptions, /broadcast and /alerts, plus everything <see cref="AlertRegistration.AddAlerts"/>
    /// adds (the dispatcher included). Call after <c>AddTelegramBot()</c>.
    /// </summary>
    public static IServiceCollection AddAlertCommands(this IServiceCollection services)
    {
        services.AddAlerts();
        return services.AddBotCommand<SubscribeCommand>().AddBotCommand<UnsubscribeCommand>().AddBotCommand<SubscriptionsCommand>()
            .AddBotCommand<BroadcastCommand>().AddBotCommand<AlertsCommand>();
    }
}
