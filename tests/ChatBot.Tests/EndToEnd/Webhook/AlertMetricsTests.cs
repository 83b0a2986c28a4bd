using ChatBot.FakeTelegram;

namespace ChatBot.Tests.EndToEnd.Webhook;

/// <summary>The alert dispatcher reports into /metrics: sends by outcome and the deliveries it found due.</summary>
public sealed class AlertMetricsTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync()
    {
        var options = WebhookBot.Options();
        _bot = await BotHarness.StartAsync(new BotHarnessOptions { Settings = options.Settings, AdminIds = [BotHarness.AdminId] });
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_broadcast_shows_on_metrics_as_alert_sends_by_outcome_beside_the_queue_depth()
    {
        var reader = Fake.CreateUser("Reader");
        Assert.Contains("subscribed", (await _bot.AskAsync(reader.Id, "/subscribe")).Text, StringComparison.OrdinalIgnoreCase);
        await _bot.AskAsync(BotHarness.AdminId, "/broadcast Talks resume on Monday.");
        await Fake.WaitForAsync(() => Fake.SentMessages(reader.Id).Any(m => m.Text!.Contains("Talks resume on Monday.", StringComparison.Ordinal)),
            BotHarness.Patience, "the broadcast delivered");

        var text = "";
        await Eventually.TrueAsync(async () =>
        {
            using var metrics = await WebhookBot.GetAsync(_bot, "/metrics");
            text = await metrics.Content.ReadAsStringAsync();
            return text.Contains("chatbot_alerts_sends_total{", StringComparison.Ordinal);
        }, BotHarness.Patience, "the alert counter on /metrics", () => text);

        Assert.Contains("outcome=\"sent\"", text, StringComparison.Ordinal);
        Assert.Contains("chatbot_alerts_queue_depth", text, StringComparison.Ordinal);
    }
}
