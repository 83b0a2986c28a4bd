using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Alerts.Tests;

public sealed class PacerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Private_chats_wait_one_interval_and_groups_the_longer_group_interval()
    {
        var pacer = new ChatPacer(messagesPerSecond: 1, groupMessagesPerMinute: 20);

        pacer.Record(1000001, T0);
        pacer.Record(-1001234, T0);

        Assert.Equal(T0.AddSeconds(1), pacer.NextAllowed(1000001));
        Assert.Equal(T0.AddSeconds(3), pacer.NextAllowed(-1001234));
        Assert.Equal(DateTimeOffset.MinValue, pacer.NextAllowed(42));
        pacer.Record(7, T0.AddSeconds(5));
        Assert.Equal(1, pacer.Tracked);
    }

    [Fact]
    public async Task The_global_pacer_hands_out_slots_one_interval_apart_and_holds_them_during_a_pause()
    {
        var time = new FakeTimeProvider(T0);
        var pacer = new SendPacer(time, messagesPerSecond: 10);

        await pacer.WaitTurnAsync(CancellationToken.None);
        var second = pacer.WaitTurnAsync(CancellationToken.None);
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(100));
        await second;

        pacer.PauseUntil(time.GetUtcNow().AddSeconds(2));
        var third = pacer.WaitTurnAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1.9));
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(100));
        await third;
        Assert.Equal(T0.AddSeconds(2.1), time.GetUtcNow());
    }
}
