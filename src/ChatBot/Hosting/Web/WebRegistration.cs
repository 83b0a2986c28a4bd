using ChatBot.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;

namespace ChatBot.Hosting.Web;

/// <summary>
/// The HTTP side: the webhook (webhook mode), /healthz, /readyz and /metrics. Served in webhook mode, and in polling
/// mode only when a listen address is configured (<c>Urls</c>, <c>--urls</c>, <c>ASPNETCORE_URLS</c>).
/// </summary>
public static class WebRegistration
{
    private const string ReadyTag = "ready";

    /// <summary>Whether the bot runs Kestrel: a Telegram bot in webhook mode, or one with a listen address.</summary>
    public static bool ServesHttp(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!TelegramRegistration.IsConfigured(configuration))
        {
            return false;
        }
        var mode = configuration[$"{TelegramOptions.Section}:{nameof(TelegramOptions.Mode)}"];
        return string.Equals(mode, nameof(TelegramMode.Webhook), StringComparison.OrdinalIgnoreCase)
            || !string.IsNullOrWhiteSpace(configuration["urls"])
            || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("ASPNETCORE_URLS"));
    }

    // The name OpenTelemetry's IMetricsListener registers under (no public constant); MetricsIsolationTests and every
    // /metrics test go empty if it ever changes.
    private const string OpenTelemetryListener = "OpenTelemetry";

    public static IHostApplicationBuilder AddChatBotWeb(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHealthChecks().AddCheck<ReadinessCheck>("store-and-index", tags: [ReadyTag]);
        // The meter is enabled through the host's metrics builder for its own IMeterFactory only (Local), not by name
        // process-wide (AddMeter): hosts sharing a process would otherwise merge their same-named instruments, and one
        // host disposing its meter silences the other's /metrics (open-telemetry/opentelemetry-dotnet#6412).
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddPrometheusExporter());
        builder.Metrics.EnableMetrics(BotMetrics.MeterName, instrumentName: null, listenerName: OpenTelemetryListener, scopes: MeterScope.Local);
        return builder;
    }

    public static IEndpointRouteBuilder MapChatBotEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Liveness runs no check: 200 as long as the process answers at all.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) });
        app.MapPrometheusScrapingEndpoint("/metrics");
        var telegram = app.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<TelegramOptions>>().Value;
        if (telegram.IsWebhook && telegram.HasValidWebhookUrl)
        {
            app.MapPost(telegram.WebhookPath, WebhookEndpoint.HandleAsync);
        }
        return app;
    }
}
