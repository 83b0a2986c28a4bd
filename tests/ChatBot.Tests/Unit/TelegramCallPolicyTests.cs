using ChatBot.Telegram.Replies;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace ChatBot.Tests.Unit;

public sealed class TelegramCallPolicyTests
{
    [Fact]
    public void Retry_waits_follow_retry_after_and_back_off_on_5xx_and_drops_and_stop_on_4xx()
    {
        var tooMany = new ApiRequestException("Too Many Requests", 429, new ResponseParameters { RetryAfter = 7 });
        var tooLong = new ApiRequestException("Too Many Requests", 429, new ResponseParameters { RetryAfter = 3600 });

        Assert.Equal(TimeSpan.FromSeconds(7), TelegramCallPolicy.RetryDelay(tooMany, 1));
        Assert.Null(TelegramCallPolicy.RetryDelay(tooLong, 1));
        Assert.Equal(TimeSpan.FromMilliseconds(250), TelegramCallPolicy.RetryDelay(new ApiRequestException("Internal", 500), 1));
        Assert.Equal(TimeSpan.FromSeconds(1), TelegramCallPolicy.RetryDelay(new RequestException("dropped"), 2));
        Assert.Null(TelegramCallPolicy.RetryDelay(new ApiRequestException("Forbidden: bot was blocked by the user", 403), 1));
        Assert.Null(TelegramCallPolicy.RetryDelay(new ApiRequestException("Bad Request: can't parse entities", 400), 1));
    }

    [Fact]
    public async Task A_429_is_retried_after_its_retry_after_on_the_injected_clock()
    {
        var time = new FakeTimeProvider();
        var policy = new TelegramCallPolicy(time, NullLogger<TelegramCallPolicy>.Instance);
        var calls = 0;

        var run = policy.RunAsync("sendMessage", 1, _ => ++calls == 1
            ? throw new ApiRequestException("Too Many Requests", 429, new ResponseParameters { RetryAfter = 5 })
            : Task.FromResult("ok"), CancellationToken.None);
        await Eventually.TrueAsync(() => calls == 1, TimeSpan.FromSeconds(5), "the first call");
        time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(run.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("ok", await run);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_permanent_error_is_not_retried()
    {
        var policy = new TelegramCallPolicy(new FakeTimeProvider(), NullLogger<TelegramCallPolicy>.Instance);
        var calls = 0;

        await Assert.ThrowsAsync<ApiRequestException>(() => policy.RunAsync("sendMessage", 1, _ =>
        {
            calls++;
            throw new ApiRequestException("Bad Request", 400);
        }, CancellationToken.None));

        Assert.Equal(1, calls);
    }
}
