using System.Diagnostics;
using ChatBot.FakeTelegram;

namespace ChatBot.Tests.EndToEnd;

/// <summary>The in-process host stopped and started again on the same database.</summary>
public sealed class RestartTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Stopping_during_a_long_retry_after_leaves_the_question_pending_and_the_restart_answers_it_once()
    {
        var user = Fake.CreateUser();
        Assert.Contains("26", (await _bot.AskAsync(user.Id, user.Id, "ternopil death toll?")).Text);
        Fake.InjectFault("sendMessage", Fault.TooManyRequests(60), chatId: user.Id);
        Fake.EnqueueMessage(user.Id, user.Id, "Who is leading the US delegation to Ukraine?");
        await Fake.WaitForRequestAsync("sendMessage", BotHarness.Patience, r => r.ChatId == user.Id && r.StatusCode == 429);

        var clock = Stopwatch.StartNew();
        await _bot.StopHostAsync();
        clock.Stop();
        Assert.Equal(1, await _bot.PendingUpdatesAsync());
        await _bot.StartHostAsync();
        Fake.EnqueueMessage(user.Id, user.Id, "/sources");
        await Fake.WaitForAsync(() => Fake.SentMessages(user.Id).Any(m => m.Text!.StartsWith("Sources", StringComparison.Ordinal)), BotHarness.Patience, "the /sources reply");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"stopping took {clock.Elapsed}");
        var texts = Fake.SentMessages(user.Id).Select(m => m.Text!).ToList();
        Assert.Equal(3, texts.Count);
        Assert.Contains("Driscoll", texts[1]);
    }
}
