using ChatBot.Telegram.Conversation;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Unit;

public sealed class TypingIndicatorTests
{
    [Fact]
    public async Task An_answer_ready_before_the_delay_is_sent_without_typing()
    {
        var time = new FakeTimeProvider();
        var sent = 0;

        await using (TypingIndicator.Start(_ => Task.FromResult(Interlocked.Increment(ref sent)), time, CancellationToken.None))
        {
            time.Advance(TypingIndicator.After - TimeSpan.FromMilliseconds(1));
        }
        time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(0, sent);
    }

    [Fact]
    public async Task A_slow_answer_shows_typing_once_and_waits_for_it_to_land_before_the_answer_goes()
    {
        var time = new FakeTimeProvider();
        var typing = new TaskCompletionSource();
        var sent = 0;
        var indicator = TypingIndicator.Start(_ =>
        {
            Interlocked.Increment(ref sent);
            return typing.Task;
        }, time, CancellationToken.None);

        time.Advance(TypingIndicator.After);
        var stopping = indicator.DisposeAsync().AsTask();
        var stoppedEarly = stopping.IsCompleted;
        typing.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, sent);
        Assert.False(stoppedEarly, "the answer would have overtaken the typing action still on its way");
    }
}
