using ChatBot.Core.Alerts;
using ChatBot.FakeTelegram;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Alerts.Tests;

/// <summary>The alert commands through the real router, and a broadcast running beside question answering.</summary>
public sealed class AlertCommandsEndToEndTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(new()
    {
        AdminIds = [BotHarness.AdminId],
        Settings = new Dictionary<string, string?> { ["Alerts:PollInterval"] = "00:00:00.200" },
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Users_subscribe_and_an_admin_broadcasts_and_sees_the_delivery_state()
    {
        var fake = _bot.Fake;
        var admin = fake.AddUser(new FakeUser(BotHarness.AdminId, "Admin"));
        fake.CreatePrivateChat(admin);
        var alice = fake.CreatePrivateChat("Alice").Id;
        var bob = fake.CreatePrivateChat("Bob").Id;

        Assert.Equal("Subscribed to: delegation.", (await _bot.AskAsync(alice, "/subscribe #Delegation")).Text);
        Assert.Equal("You follow: delegation.", (await _bot.AskAsync(alice, "/subscriptions")).Text);
        Assert.StartsWith("Unknown topic: weather. Topics: ", (await _bot.AskAsync(bob, "/subscribe weather")).Text, StringComparison.Ordinal);
        Assert.StartsWith("Subscribed to all updates", (await _bot.AskAsync(bob, "/subscribe")).Text, StringComparison.Ordinal);
        var unknown = (await _bot.AskAsync(bob, "/nosuchcommand")).Text;
        Assert.Equal(unknown, (await _bot.AskAsync(bob, "/broadcast not an admin")).Text);

        // Counted before the broadcast: the alert may arrive before a wait for "the next message" would start.
        var before = new[] { alice, bob }.ToDictionary(c => c, fake.SentMessageCount);
        var queued = await _bot.AskAsync(admin.Id, "/broadcast Talks <resume> on Monday & Tuesday");

        Assert.Equal("Broadcast #1 queued for 2 subscribers. /alerts shows its progress.", queued.Text);
        foreach (var chat in new[] { alice, bob })
        {
            var alert = (await fake.WaitForMessagesAsync(chat, before[chat] + 1, BotHarness.Patience))[before[chat]];
            Assert.Equal("Announcement\n\nTalks <resume> on Monday & Tuesday", alert.Text);
        }
        await Eventually.TrueAsync(async () => (await _bot.Services.GetRequiredService<IAlertOutbox>().GetRecentAsync(1))[0].Sent == 2,
            BotHarness.Patience, "both deliveries counted as sent");
        var report = (await _bot.AskAsync(admin.Id, "/alerts")).Text!;
        Assert.Matches(@"^Latest alerts:\n#1 broadcast by tg:4242 Admin, [0-9-]{10} [0-9:]{5} UTC: 2 sent, 0 queued, 0 failed, 0 blocked, 0 cancelled \(of 2\)$", report);
        Assert.Equal("Unsubscribed: no more alerts. /subscribe starts them again.", (await _bot.AskAsync(alice, "/unsubscribe")).Text);
    }

    [Fact]
    public async Task A_question_asked_during_a_150_subscriber_broadcast_is_answered_at_once()
    {
        var fake = _bot.Fake;
        var admin = fake.AddUser(new FakeUser(BotHarness.AdminId, "Admin"));
        fake.CreatePrivateChat(admin);
        var subscribers = Enumerable.Range(0, 150).Select(i => fake.CreatePrivateChat($"S{i}").Id).ToList();
        var subscriptions = _bot.Services.GetRequiredService<ISubscriptionStore>();
        foreach (var chat in subscribers)
        {
            await subscriptions.SubscribeAsync(chat, []);
        }
        var asker = fake.CreatePrivateChat("Asker").Id;
        // The first question builds the matcher's index; that cost is not what this test is about.
        await _bot.AskAsync(asker, "Who else is part of the Pentagon delegation?");

        await _bot.AskAsync(admin.Id, "/broadcast Talks resume on Monday");
        await fake.WaitForAsync(() => subscribers.Count(c => fake.SentMessageCount(c) > 0) >= 20, BotHarness.Patience, "the broadcast under way");
        var answer = await _bot.AskAsync(asker, "Who is leading the US delegation to Ukraine?");
        var broadcastSoFar = subscribers.Count(c => fake.SentMessageCount(c) > 0);

        Assert.Contains("Driscoll", answer.Text, StringComparison.Ordinal);
        // Pacing holds the broadcast to at least 6 s (150 at 25/s) however slow the box: an answer that queued behind
        // it would arrive only after the last subscriber got the alert. No wall-clock bound, so load cannot fail it.
        Assert.InRange(broadcastSoFar, 20, 149);
        await fake.WaitForAsync(() => subscribers.All(c => fake.SentMessageCount(c) == 1), BotHarness.Patience, "the broadcast finished");
    }
}
