using ChatBot.Alerts;
using ChatBot.Core.Alerts;
using ChatBot.Hosting.Web;
using ChatBot.Options;
using ChatBot.Telegram;
using ChatBot.Telegram.Answers;
using ChatBot.Telegram.Callbacks;
using ChatBot.Telegram.Commands;
using ChatBot.Telegram.Commands.Admin;
using ChatBot.Telegram.Commands.Alerts;
using ChatBot.Telegram.Commands.Profile;
using ChatBot.Telegram.Conversation;
using ChatBot.Telegram.Inline;
using ChatBot.Telegram.Polling;
using ChatBot.Telegram.Replies;
using ChatBot.Telegram.Texts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace ChatBot.Hosting;

internal static class TelegramRegistration
{
    private const string HttpClientName = "telegram";

    /// <summary>Adds the Telegram transport when a token is configured; returns whether it did.</summary>
    public static bool AddTelegramIfConfigured(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!IsConfigured(builder.Configuration))
        {
            return false;
        }
        builder.Services.AddSystemd();
        builder.Services.AddTelegramBot().AddCurationCommands();
        // Registered before AddAlerts' own sender so a malformed token fails option validation, naming the setting.
        builder.Services.AddSingleton<IAlertSender>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            LogSafe.AddSecret(o.BotToken);
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(AlertRegistration.HttpClientName);
            var baseUrl = string.IsNullOrWhiteSpace(o.ApiBaseUrl) ? null : o.ApiBaseUrl;
            return new TelegramAlertSender(TelegramAlertSender.CreateClient(o.BotToken, baseUrl, http));
        });
        builder.Services.AddAlertCommands();
        return true;
    }

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{TelegramOptions.Section}:{nameof(TelegramOptions.BotToken)}"]);

    public static IServiceCollection AddTelegramBot(this IServiceCollection services)
    {
        // The messages name the setting, never its value: the token is a secret.
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section)
            .Validate(o => o.HasWellFormedToken, "Telegram:BotToken is malformed: expected \"<bot id>:<secret>\" as given by @BotFather.")
            .Validate(o => o.HasValidBaseUrl, "Telegram:ApiBaseUrl must be an absolute http(s) URL.")
            .Validate(o => o.PollTimeoutSeconds is >= 0 and <= 90, "Telegram:PollTimeoutSeconds must be between 0 and 90.")
            .Validate(o => Enum.IsDefined(o.Mode), "Telegram:Mode must be Polling or Webhook.")
            .Validate(o => o.HasValidWebhookUrl, "Telegram:WebhookUrl must be the public https:// URL Telegram posts to when Telegram:Mode is Webhook.")
            .Validate(o => o.HasValidWebhookSecret,
                "Telegram:WebhookSecret is required when Telegram:Mode is Webhook: 1–256 characters of A–Z, a–z, 0–9, _ and -.")
            .Validate(o => o.WebhookMaxConnections is >= 1 and <= 100, "Telegram:WebhookMaxConnections must be between 1 and 100.")
            .ValidateOnStart();
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section)
            .Validate(o => o.QuestionsPerMinute > 0, "Bot:QuestionsPerMinute must be positive.")
            .Validate(o => o.MaxQuestionLength > 0 && o.MaxUpdateAttempts > 0 && o.MaxConcurrentUpdates > 0,
                "Bot:MaxQuestionLength, Bot:MaxUpdateAttempts and Bot:MaxConcurrentUpdates must be positive.")
            .ValidateOnStart();

        // Request URLs carry the token, so this client must never log them. One client for the process: a client per
        // update cost more than its request; connections are recycled every few minutes instead, so DNS changes are seen.
        services.AddHttpClient(HttpClientName).RemoveAllLoggers()
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(() => new BufferedContentHandler())
            .AddHttpMessageHandler(sp => new BotApiErrorCounter(sp.GetRequiredService<BotMetrics>()));
        services.AddHttpClient(AlertRegistration.HttpClientName).AddHttpMessageHandler(sp => new BotApiErrorCounter(sp.GetRequiredService<BotMetrics>()));
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            // Before the first request: from now on this exact token is masked in every form, whatever its shape.
            LogSafe.AddSecret(o.BotToken);
            var baseUrl = string.IsNullOrWhiteSpace(o.ApiBaseUrl) ? null : o.ApiBaseUrl;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            // RetryThreshold 0: a 429 surfaces to TelegramCallPolicy, which waits only in the affected chat's lane.
            return new TelegramBotClient(new TelegramBotClientOptions(o.BotToken, baseUrl) { RetryThreshold = 0 }, http);
        });

        services.AddSingleton<LanguageChoices>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<FloodGuard>();
        services.AddSingleton<ExampleQuestions>();
        services.AddSingleton<TelegramCallPolicy>();
        services.AddSingleton<UpdateExecutor>();
        services.AddSingleton<UpdateIngest>();
        services.AddSingleton<WebhookStore>();
        services.AddSingleton<BotApiRetry>();
        services.AddSingleton<StartupSignal>();
        services.AddSingleton<StartupRegistration>();
        services.AddSingleton<ReplySender>();
        services.AddScoped<CommandCatalog>();
        services.AddSingleton<QuestionHandler>();
        services.AddSingleton<InlineQueryHandler>();
        services.AddScoped<UpdateRouter>();
        services.AddBotCommand<StartCommand>().AddBotCommand<HelpCommand>().AddBotCommand<SourcesCommand>().AddBotCommand<FactCommand>();
        services.AddBotCommand<LanguageCommand>();
        services.AddCallbackHandler<FactChoiceCallback>().AddCallbackHandler<LanguageCallback>();
        services.AddAnswerExtras();
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        services.AddHostedService<IndexWarmup>();
        services.AddHostedService<InboxReplayService>();
        services.AddHostedService<PollingService>();
        return services.AddGroupsPrivacyProfile();
    }
}
