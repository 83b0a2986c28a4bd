using System.Text.RegularExpressions;

namespace ChatBot.Tests.EndToEnd.Webhook;

/// <summary>
/// Each host reports only its own instruments on /metrics. Several hosts share one process in the tests (and could in
/// an embedding app); a meter stopped by one host must not silence, or add to, the counts of another.
/// </summary>
public sealed class MetricsIsolationTests
{
    [Fact]
    public async Task A_host_keeps_reporting_its_own_counts_after_another_host_in_the_same_process_stops()
    {
        await using var second = await BotHarness.StartAsync(WebhookBot.Options());
        await using (var first = await BotHarness.StartAsync(WebhookBot.Options()))
        {
            var asker = first.Fake.CreateUser("Asker");
            await first.AskAsync(asker.Id, "who leads the delegation?");
            Assert.Matches(@"chatbot_updates_received_total\{[^}]*\} 1\b", await MetricsAsync(first));
        }

        var user = second.Fake.CreateUser("Alice");
        await second.AskAsync(user.Id, "who leads the delegation?");
        await second.AskAsync(user.Id, "when did the talks start?");

        var text = "";
        var counted = new Regex(@"chatbot_updates_received_total\{[^}]*\} 2\b");
        await Eventually.TrueAsync(async () => counted.IsMatch(text = await MetricsAsync(second)),
            BotHarness.Patience, "the second host's own two updates on its /metrics", () => text);
    }

    private static async Task<string> MetricsAsync(BotHarness bot)
    {
        using var response = await WebhookBot.GetAsync(bot, "/metrics");
        return await response.Content.ReadAsStringAsync();
    }
}
