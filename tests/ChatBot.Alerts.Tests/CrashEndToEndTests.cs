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
            // The kill lands while Telegram refuses every send (429 until cancelled below) and every message it did
            // accept is recorded as sent: the outbox is then the whole truth, and exactly once holds for everyone.
            // Both are conditions, not timings: no send can be delivered between the check and the kill however slow
            // the box is, and a row caught mid-send at the kill is one Telegram refused.
            var refuse = world.Fake.InjectFault("sendMessage", Fault.TooManyRequests(1), times: int.MaxValue);
            await world.Fake.WaitForAsync(() => refuse.Applied >= 1, Timeout, "a send refused with 429");
            await CrashWorld.WaitUntilAsync(() => world.Db.StateCounts()[DeliveryState.Sent] == world.Fake.TotalSentMessages,
                "every accepted send recorded as sent", first);
            await first.KillAsync();
            refuse.Cancel();
        }

        var midway = world.Db.StateCounts();
        Assert.Equal(world.Fake.TotalSentMessages, midway[DeliveryState.Sent]);
        Assert.InRange(midway[DeliveryState.Sent], 40, 119);
        Assert.Equal(120 - midway[DeliveryState.Sent], midway[DeliveryState.Queued] + midway[DeliveryState.Sending]);

        await using (var second = world.StartChild())
        {
            await world.WaitForAllSentAsync(alertId, second);
        }

        Assert.All(world.Chats, c => Assert.Equal(1, world.Fake.SentMessageCount(c)));
        Assert.Equal(120, world.Fake.TotalSentMessages);
    }
}
