using ChatBot.Core.Conversations;
using ChatBot.Options;
using ChatBot.Telegram.Conversation;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Unit;

public sealed class FloodGuardTests
{
    [Fact]
    public async Task Over_the_limit_a_user_is_told_once_then_ignored_until_the_minute_has_passed()
    {
        var time = new FakeTimeProvider();
        var guard = new FloodGuard(time, Microsoft.Extensions.Options.Options.Create(new BotOptions { QuestionsPerMinute = 2 }));

        Assert.Equal(FloodDecision.Allow, await guard.CheckAsync(1));
        Assert.Equal(FloodDecision.Allow, await guard.CheckAsync(1));
        Assert.Equal(FloodDecision.Notify, await guard.CheckAsync(1));
        Assert.Equal(FloodDecision.Drop, await guard.CheckAsync(1));
        Assert.Equal(FloodDecision.Allow, await guard.CheckAsync(2));
        time.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(FloodDecision.Allow, await guard.CheckAsync(1));
        Assert.Equal(FloodDecision.Allow, await guard.CheckAsync(1));
        Assert.Equal(FloodDecision.Notify, await guard.CheckAsync(1));
    }
}
