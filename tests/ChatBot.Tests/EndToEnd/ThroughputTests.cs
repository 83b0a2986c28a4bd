using System.Diagnostics;
using Xunit.Abstractions;

namespace ChatBot.Tests.EndToEnd;

public sealed class ThroughputTests(ITestOutputHelper output) : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_burst_of_questions_from_many_users_is_answered_in_full_and_in_order_per_chat()
    {
        var fake = _bot.Fake;
        string[] questions = ["ternopil death toll?", "Who is leading the US delegation to Ukraine?", "/fact ternopil-strike", "what is the weather on mars?"];
        var users = Enumerable.Range(0, 10).Select(_ => fake.CreateUser()).ToList();
        var warm = await _bot.AskAsync(users[0].Id, users[0].Id, questions[0]);
        Assert.Contains("26", warm.Text);
        var clock = Stopwatch.StartNew();

        foreach (var round in Enumerable.Range(0, 10))
        {
            foreach (var u in users)
            {
                fake.EnqueueMessage(u.Id, u.Id, questions[round % questions.Length]);
            }
        }
        await fake.WaitForAsync(() => users.All(u => fake.SentMessageCount(u.Id) >= (u == users[0] ? 11 : 10)), BotHarness.Patience, "100 answers");
        clock.Stop();

        output.WriteLine($"100 questions from 10 users answered in {clock.ElapsedMilliseconds} ms ({100_000.0 / Math.Max(1, clock.ElapsedMilliseconds):0} answers/s)");
        foreach (var u in users)
        {
            var texts = fake.SentMessages(u.Id).Select(m => m.Text!).TakeLast(10).ToList();
            Assert.Equal(10, texts.Count);
            Assert.Contains("26", texts[0]);
            Assert.Contains("Driscoll", texts[1]);
        }
    }
}
