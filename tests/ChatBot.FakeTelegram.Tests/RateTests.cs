using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace ChatBot.FakeTelegram.Tests;

public sealed class RateTests : FakeApiTestBase
{
    protected override FakeBotApiOptions FakeOptions => new() { RateLimits = new RateLimits(PerChatPerSecond: 100, PerGroupPerMinute: 2) };

    [Fact]
    public async Task Rate_report_counts_delivered_sends_overall_and_for_the_busiest_chat()
    {
        var busy = Fake.CreatePrivateChat("Busy");
        var quiet = Fake.CreatePrivateChat("Quiet");
        for (var i = 0; i < 5; i++)
        {
            await Bot.SendMessage(busy.Id, $"b{i}");
        }

        await Bot.SendMessage(quiet.Id, "q");
        await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(quiet.Id, ""));

        // A window far longer than the test makes the counts independent of machine speed.
        var report = Fake.GetSendRates(TimeSpan.FromHours(1));
        Assert.Equal(6, report.TotalSends);
        Assert.Equal(6, report.MaxGlobalInWindow);
        Assert.Equal(5, report.MaxPerChatInWindow);
        Assert.Equal(busy.Id, report.BusiestChatId);
        Assert.Equal(1, Fake.MaxSendsInWindow(TimeSpan.FromHours(1), quiet.Id));
        Assert.Equal(6, Fake.SendsPerSecond().Sum());
    }

    // The per-group minute limit (lowered to 2 here) keeps this independent of how fast the machine is.
    [Fact]
    public async Task Enforced_limits_answer_429_with_retry_after()
    {
        var group = Fake.CreateGroup("Flooded");
        var impatient = NewClient(retryThreshold: 0);
        Fake.EnforceRateLimits = true;

        await impatient.SendMessage(group.Id, "1");
        await impatient.SendMessage(group.Id, "2");
        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => impatient.SendMessage(group.Id, "3"));

        Assert.Equal(429, ex.ErrorCode);
        Assert.InRange(ex.Parameters!.RetryAfter!.Value, 1, 60);
        Assert.Equal(2, Fake.SentMessageCount(group.Id));
    }

    [Fact]
    public async Task Limits_are_not_enforced_unless_asked()
    {
        var group = Fake.CreateGroup("Free");

        for (var i = 0; i < 4; i++)
        {
            await Bot.SendMessage(group.Id, $"{i}");
        }

        Assert.Equal(4, Fake.SentMessageCount(group.Id));
    }
}
