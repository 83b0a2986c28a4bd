using ChatBot.Curation.Tests.Support;
using ChatBot.FakeTelegram;

namespace ChatBot.Curation.Tests.EndToEnd;

/// <summary>
/// A question the bot declines, or answers with a fact that got "it didn't answer my question", is never one tap away
/// from being attached to a fact the matcher only guessed: the curator sees the closest facts, told that none states it.
/// </summary>
public sealed class NearMissAttachTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await CuratorBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Unanswered_offers_no_one_tap_attach_for_a_near_miss_and_says_the_closest_facts_do_not_state_it()
    {
        var asker = Fake.CreateUser();
        var uk = Fake.CreateUser(languageCode: "uk");
        await _bot.AskAsync(asker.Id, "How old is Dan Driscoll?");
        await _bot.AskAsync(uk.Id, "Скільки років Дену Дрісколлу?");

        var report = await _bot.AskAsync(Admin, "/unanswered");

        Assert.DoesNotContain(report.Buttons, b => b.CallbackData?.StartsWith("cur:a:", StringComparison.Ordinal) == true);
        Assert.Contains("“How old is Dan Driscoll?” — asked 1×\n   no fact answers this. The closest facts below do not state what was asked: add a fact",
            report.Text, StringComparison.Ordinal);
        Assert.Contains("\n   • delegation-head Who is leading the US delegation to Ukraine?", report.Text, StringComparison.Ordinal);
        Assert.Contains("/alias <id> <question>", report.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_offers_no_one_tap_attach_to_a_runner_up_of_the_down_voted_fact()
    {
        var asker = Fake.CreateUser();
        var answer = await _bot.AskAsync(asker.Id, "who leads the delegation?");
        await PressAsync(asker.Id, answer, "👎");
        await PressAsync(asker.Id, Fake.SentMessages(asker.Id)[^1], "It didn't answer my question");
        // With the fact it got retracted, the matcher no longer answers the question: only guesses are left.
        await _bot.AskAsync(Admin, "/delfact delegation-head");

        var report = await _bot.AskAsync(Admin, "/feedback");

        Assert.Contains("answered with delegation-head", report.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Buttons, b => b.CallbackData?.StartsWith("fa:", StringComparison.Ordinal) == true);
        Assert.Contains("no other fact answers this. The closest facts below do not state what was asked", report.Text, StringComparison.Ordinal);
        Assert.Contains("\n   • delegation-members ", report.Text, StringComparison.Ordinal);
    }

    private async Task PressAsync(long userId, FakeMessage message, string button)
    {
        var press = Fake.PressButton(userId, Fake.FindMessage(message.ChatId, message.MessageId)!, button);
        await Fake.WaitForAsync(() => Fake.IsQueryAnswered(press.QueryId), BotHarness.Patience, $"the press on {button} answered");
        await Fake.WaitForUpdatesConfirmedAsync(BotHarness.Patience);
        await Eventually.TrueAsync(async () => await _bot.PendingUpdatesAsync() == 0, BotHarness.Patience, "the press handled");
    }
}
