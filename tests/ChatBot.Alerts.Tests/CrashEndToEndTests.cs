using ChatBot.Alerts.Tests.Support;
using ChatBot.Core.Alerts;
using ChatBot.FakeTelegram;

namespace ChatBot.Alerts.Tests;

/// <summary>
/// The dispatcher runs in a child process that is SIGKILLed mid-broadcast and started again on the same database.
/// See <see cref="AlertDispatcher"/> for the one window (a send in flight at the kill) where we resend.
/// </summary>
public sealed class CrashEndToEndTests
{
    private static readonly TimeSpan Timeout = CrashWorld.Timeout;

    [Fact]
    public async Task Killed_two_seconds_into_a_broadcast_and_restarted_every_subscriber_has_the_alert_exactly_once()
    {
        await using var world = await CrashWorld.CreateAsync(120);
        world.Fake.InjectFault("sendMessage", Fault.InternalServerError(), chatId: world.Chats[15]);
        world.Fake.InjectFault("sendMessage", Fault.TooManyRequests(1), chatId: world.Chats[25]);
        world.Fake.InjectFault("sendMessage", Fault.InternalServerError(), chatId: world.Chats[95]);
        var alertId = world.CorrectFact();

        await using (var first = world.StartChild())
        {
            await world.Fake.WaitForAsync(() => world.Fake.TotalSentMessages >= 40, Timeout, "40 alerts sent by the first process");
            // The kill lands while Telegram has every send paused (a 429) and no row is in flight: the outbox is
            // then the whole truth, and exactly once holds for everyone.
            // 6 s of pause leaves ample margin for the check below and the kill to land inside it on a loaded box.
            var pause = world.Fake.InjectFault("sendMessage", Fault.TooManyRequests(6));
            await world.Fake.WaitForAsync(() => pause.IsExhausted, Timeout, "the second 429");
            await CrashWorld.WaitUntilAsync(() => world.Db.Count("SELECT COUNT(*) FROM deliveries WHERE last_error LIKE '429%' AND state = 'queued'") >= 1
                && world.Db.StateCounts()[DeliveryState.Sending] == 0, "the 429 recorded and no send in flight", first);
            await first.KillAsync();
        }

        var midway = world.Db.StateCounts();
        Assert.InRange(midway[DeliveryState.Sent], 40, 119);
        Assert.Equal(120 - midway[DeliveryState.Sent], midway[DeliveryState.Queued]);

        await using (var second = world.StartChild())
        {
            await world.WaitForAllSentAsync(alertId, second);
        }

        Assert.All(world.Chats, c => Assert.Equal(1, world.Fake.SentMessageCount(c)));
        Assert.Equal(120, world.Fake.TotalSentMessages);
    }
}
