using System.Diagnostics;
using ChatBot.FakeTelegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace ChatBot.Tests.EndToEnd;

/// <summary>Chats waiting out a 429 must not take the worker slots other chats need.</summary>
public sealed class HeadOfLineTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int RateLimitedChats = 16;
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    // The bot's clock only moves when the test says so: the 20 s waits end exactly when the test lets them.
    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(new()
    {
        Settings = new Dictionary<string, string?> { ["Bot:MaxConcurrentUpdates"] = RateLimitedChats.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        Services = services => services.AddSingleton<TimeProvider>(_clock),
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Sixteen_chats_in_a_twenty_second_retry_after_leave_a_seventeenth_user_answered_within_a_second_and_their_replies_follow()
    {
        var warm = Fake.CreateUser();
        Assert.Contains("26", (await _bot.AskAsync(warm.Id, warm.Id, "ternopil death toll?")).Text);
        var limited = Enumerable.Range(0, RateLimitedChats).Select(i => Fake.CreateUser($"Limited {i}")).ToList();
        foreach (var user in limited)
        {
            Fake.InjectFault("sendMessage", Fault.TooManyRequests(20), chatId: user.Id);
            Fake.EnqueueMessage(user.Id, user.Id, "Who is leading the US delegation to Ukraine?");
        }
        await Fake.WaitForAsync(() => Fake.RequestsFor("sendMessage").Count(r => r.StatusCode == 429) == RateLimitedChats,
            BotHarness.Patience, "every limited chat's answer refused with 429");

        var latecomer = Fake.CreateUser("Latecomer");
        var clock = Stopwatch.StartNew();
        var answer = await _bot.AskAsync(latecomer.Id, latecomer.Id, "ternopil death toll?");
        var latency = clock.Elapsed;
        output.WriteLine($"17th user answered in {latency.TotalMilliseconds:0} ms");

        Assert.Contains("26", answer.Text);
        Assert.True(latency < TimeSpan.FromSeconds(1), $"the 17th user waited {latency.TotalMilliseconds:0} ms");
        Assert.All(limited, u => Assert.Equal(0, Fake.SentMessageCount(u.Id)));
        await ReleaseWaitsAsync(limited);
        Assert.All(limited, u => Assert.Contains("Driscoll", Assert.Single(Fake.SentMessages(u.Id)).Text));
        Assert.Equal(0, await _bot.PendingUpdatesAsync());
    }

    /// <summary>Moves the bot's clock past retry_after until every parked reply is delivered (a wait may register late).</summary>
    private async Task ReleaseWaitsAsync(IReadOnlyList<FakeUser> users)
    {
        var deadline = Stopwatch.StartNew();
        while (!users.All(u => Fake.SentMessageCount(u.Id) == 1))
        {
            Assert.True(deadline.Elapsed < BotHarness.Patience, "the parked replies were not delivered after the wait");
            _clock.Advance(TimeSpan.FromSeconds(21));
            await Fake.WaitForAsync(() => users.All(u => Fake.SentMessageCount(u.Id) == 1), TimeSpan.FromMilliseconds(200), "parked replies")
                .ContinueWith(_ => { }, TaskScheduler.Default);
        }
        await Eventually.TrueAsync(async () => await _bot.PendingUpdatesAsync() == 0, BotHarness.Patience, "the updates marked done");
    }
}
