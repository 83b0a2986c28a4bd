using ChatBot.Alerts.Tests.Support;
using ChatBot.Core.Alerts;
using Xunit.Abstractions;

namespace ChatBot.Alerts.Tests;

/// <summary>
/// SIGKILL at whatever moment the broadcast has reached: the one documented ambiguity (a send in flight) may
/// repeat a message, and only for the rows the crash left in 'sending'; nobody is ever missed.
/// </summary>
public sealed class CrashAnywhereEndToEndTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = CrashWorld.Timeout;

    [Fact]
    public async Task Killed_at_an_arbitrary_moment_only_a_row_caught_in_flight_may_be_sent_twice_and_nobody_is_missed()
    {
        await using var world = await CrashWorld.CreateAsync(60, enforceRateLimits: false);
        var alertId = world.CorrectFact();

        HashSet<long> inFlightAtKill;
        await using (var first = world.StartChild("--Alerts:GlobalMessagesPerSecond=60"))
        {
            await world.Fake.WaitForAsync(() => world.Fake.TotalSentMessages >= 25, Timeout, "25 alerts sent by the first process");
            await first.KillAsync();
            inFlightAtKill = [.. (await world.Outbox.GetDeliveriesAsync(alertId)).Where(d => d.State == DeliveryState.Sending).Select(d => d.ChatId)];
        }

        await using (var second = world.StartChild("--Alerts:GlobalMessagesPerSecond=60"))
        {
            await world.WaitForAllSentAsync(alertId, second);
        }

        Assert.All(world.Chats, c => Assert.InRange(world.Fake.SentMessageCount(c), 1, 2));
        var twice = world.Chats.Where(c => world.Fake.SentMessageCount(c) == 2).ToList();
        Assert.All(twice, c => Assert.Contains(c, inFlightAtKill));
        Assert.True(inFlightAtKill.Count <= new Alerts.AlertsOptions().MaxConcurrentSends);
        output.WriteLine($"in flight at the kill: {inFlightAtKill.Count}, delivered twice: {twice.Count}");
    }
}
