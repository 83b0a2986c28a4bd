using System.Diagnostics.Metrics;

namespace ChatBot.Hosting;

/// <summary>
/// Every instrument the bot reports, in one place, exported on /metrics by OpenTelemetry's Prometheus exporter. The
/// alert instruments are here too so the dispatcher can record into them without defining its own meter.
/// </summary>
public sealed class BotMetrics : IDisposable
{
    public const string MeterName = "ChatBot";

    private readonly Meter _meter;
    private Func<long>? _alertQueueDepth;

    public BotMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        UpdatesReceived = _meter.CreateCounter<long>("chatbot.updates.received", "{update}", "Updates stored in the inbox for the first time, by transport.");
        UpdatesProcessed = _meter.CreateCounter<long>("chatbot.updates.processed", "{update}", "Updates handled, by outcome (done, failed).");
        AnswerDuration = _meter.CreateHistogram<double>("chatbot.answer.duration", "s", "From the start of handling a question to its reply being sent, by outcome.");
        Questions = _meter.CreateCounter<long>("chatbot.questions", "{question}", "Questions by outcome: answered, offered (did you mean), declined.");
        AlertSends = _meter.CreateCounter<long>("chatbot.alerts.sends", "{message}", "Alert messages sent, by outcome.");
        BotApiErrors = _meter.CreateCounter<long>("chatbot.botapi.errors", "{response}", "Bot API answers that were not 2xx, by HTTP status code.");
        ClaimsLapsed = _meter.CreateCounter<long>("chatbot.claims.lapsed", "{update}",
            "Updates a replica finished or failed after its claim on their chat had lapsed, by outcome (lapsed: another replica had taken the chat over; already_done: another replica had finished it; lapsed_failure, already_done_failure: the same for a failure, which was not recorded).");
        _meter.CreateObservableGauge("chatbot.alerts.queue_depth", () => _alertQueueDepth?.Invoke() ?? 0, "{delivery}", "Alert deliveries waiting to be sent.");
    }

    public Counter<long> UpdatesReceived { get; }

    public Counter<long> UpdatesProcessed { get; }

    public Histogram<double> AnswerDuration { get; }

    public Counter<long> Questions { get; }

    public Counter<long> AlertSends { get; }

    public Counter<long> BotApiErrors { get; }

    /// <summary>The at-least-once window of several replicas: each one an update another replica may have answered too.</summary>
    public Counter<long> ClaimsLapsed { get; }

    /// <summary>Lets the alert dispatcher report its queue depth, read when /metrics is scraped.</summary>
    public void ObserveAlertQueueDepth(Func<long> depth) => _alertQueueDepth = depth;

    public void Dispose() => _meter.Dispose();
}
