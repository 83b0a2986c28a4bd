using ChatBot.Core.Answering;
using ChatBot.Core.Facts;
using ChatBot.FakeTelegram;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Answers;

/// <summary>A 👎 reaches the curators: /feedback with its question and one-tap fixes, and votes per fact in /stats.</summary>
public sealed class CuratorFeedbackTests : IAsyncLifetime
{
    private const long AdminId = 4242;

    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() =>
        _bot = await BotHarness.StartAsync(new() { AdminIds = [AdminId] });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Feedback_lists_the_down_voted_question_with_its_reason_and_opens_the_fact_and_stats_count_votes_per_fact()
    {
        var user = Fake.CreateUser("Reader <b>");
        var answer = await _bot.AskAsync(user.Id, user.Id, "ternopil death toll <now>?");
        await PressAsync(user.Id, answer, "👎");
        var ask = Fake.SentMessages(user.Id)[^1];
        await PressAsync(user.Id, ask, "It's wrong");

        var report = await _bot.AskAsync(AdminId, AdminId, "/feedback");
        var stats = await _bot.AskAsync(AdminId, AdminId, "/stats");

        Assert.Contains("“ternopil death toll <now>?” — 👎 1 (wrong)", report.Text, StringComparison.Ordinal);
        Assert.Contains("answered with ternopil-strike", report.Text, StringComparison.Ordinal);
        Assert.Contains(report.Buttons, b => b.CallbackData == "fo:ternopil-strike");
        Assert.Contains("ternopil-strike 👍 0 · 👎 1", stats.Text, StringComparison.Ordinal);
        var seen = Fake.SentMessageCount(AdminId);
        await PressAsync(AdminId, report, "#1 open ternopil-strike");
        var opened = (await Fake.WaitForMessagesAsync(AdminId, seen + 1, BotHarness.Patience))[seen];
        Assert.StartsWith("ternopil-strike v1", opened.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_down_voted_question_is_not_offered_for_a_one_tap_attach_to_a_fact_the_matcher_only_ranked_next()
    {
        var user = Fake.CreateUser();
        var question = await AnsweredWithAlternativeAsync();
        var answer = await _bot.AskAsync(user.Id, user.Id, question);
        await PressAsync(user.Id, answer, "👎");
        await PressAsync(user.Id, Fake.SentMessages(user.Id)[^1], "It didn't answer my question");

        var report = await _bot.AskAsync(AdminId, AdminId, "/feedback");

        Assert.DoesNotContain(report.Buttons, b => b.CallbackData!.StartsWith("fa:", StringComparison.Ordinal));
        Assert.Contains("no other fact answers this. The closest facts below do not state what was asked", report.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_down_vote_that_does_not_say_the_answer_missed_the_question_offers_no_move_to_another_fact()
    {
        var user = Fake.CreateUser();
        var answer = await _bot.AskAsync(user.Id, user.Id, await AnsweredWithAlternativeAsync());
        await PressAsync(user.Id, answer, "👎");

        var report = await _bot.AskAsync(AdminId, AdminId, "/feedback");

        Assert.DoesNotContain(report.Buttons, b => b.CallbackData!.StartsWith("fa:", StringComparison.Ordinal));
        Assert.Contains("fix the fact itself with /editfact", report.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_and_its_buttons_are_for_admins_only()
    {
        var user = Fake.CreateUser();

        var reply = await _bot.AskAsync(user.Id, user.Id, "/feedback");

        Assert.Contains("don't know that command", reply.Text, StringComparison.Ordinal);
    }

    private async Task<string> AnsweredWithAlternativeAsync()
    {
        var answerer = _bot.Services.GetRequiredService<QuestionAnswerer>();
        foreach (var candidate in new[] { "who leads the us military delegation", "who is with him? Army Secretary Dan Driscoll Pentagon Ukraine" })
        {
            if (await answerer.AnswerAsync(candidate) is { Answered: true, Alternatives.Count: > 0 } outcome
                && outcome.Alternatives.Any(a => a.FactId != outcome.Fact!.Id))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("No candidate question is answered with an alternative; the matcher changed and this test needs a new one.");
    }

    private async Task PressAsync(long userId, FakeMessage message, string button)
    {
        var press = Fake.PressButton(userId, Fake.FindMessage(message.ChatId, message.MessageId)!, button);
        await Fake.WaitForAsync(() => Fake.IsQueryAnswered(press.QueryId), BotHarness.Patience, $"the press on {button} answered");
        await Fake.WaitForUpdatesConfirmedAsync(BotHarness.Patience);
        await Eventually.TrueAsync(async () => await _bot.PendingUpdatesAsync() == 0, BotHarness.Patience, "the press handled");
    }
}
