using ChatBot.Curation.Tests.Support;
using ChatBot.FakeTelegram;

namespace ChatBot.Curation.Tests.EndToEnd;

/// <summary>
/// An attach button pressed on an /unanswered report sent earlier is checked again when pressed: a fact retired since, or
/// a question attached or dismissed since, gets a reply naming why, and nothing changes.
/// </summary>
public sealed class StaleAttachButtonTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;

    // Answered, but below the report's confidence: the one kind of question offered for a one-tap attach.
    private const string Question = "why does ukriane call russias demands surender";
    private const string Target = "moscow-rejects-ceasefire";
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await CuratorBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Attaching_from_an_old_report_to_a_fact_retired_since_says_so_and_changes_nothing()
    {
        var asker = Fake.CreateUser();
        await _bot.AskAsync(asker.Id, Question);
        var report = await _bot.AskAsync(Admin, "/unanswered");
        await _bot.AskAsync(Admin, $"/delfact {Target}");

        var reply = await PressAsync(report, $"#1 → {Target}");

        Assert.Contains($"fact '{Target}' was retired after this report was sent; /restorefact {Target} brings it back", reply.Text, StringComparison.Ordinal);
        Assert.Contains("/alias <id> <question>", reply.Text, StringComparison.Ordinal);
        var history = await _bot.AskAsync(Admin, $"/history {Target}");
        Assert.DoesNotContain("v3", history.Text, StringComparison.Ordinal);
        Assert.Contains($"“{Question}” — asked 1×", (await _bot.AskAsync(Admin, "/unanswered")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attaching_from_an_old_report_a_question_dismissed_since_says_it_left_the_report_and_changes_nothing()
    {
        var asker = Fake.CreateUser();
        await _bot.AskAsync(asker.Id, Question);
        var old = await _bot.AskAsync(Admin, "/unanswered");
        var current = await _bot.AskAsync(Admin, "/unanswered");
        await PressAsync(current, "#1 dismiss");

        var reply = await PressAsync(old, $"#1 → {Target}");

        Assert.Contains("is no longer in the report (attached or dismissed already)", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("v2", (await _bot.AskAsync(Admin, $"/history {Target}")).Text, StringComparison.Ordinal);
    }

    // The admin's press, and the bot's reply to it.
    private async Task<FakeMessage> PressAsync(FakeMessage report, string button)
    {
        var seen = Fake.SentMessageCount(Admin);
        Fake.PressButton(Admin, Fake.FindMessage(Admin, report.MessageId)!, button);
        return (await Fake.WaitForMessagesAsync(Admin, seen + 1, BotHarness.Patience))[seen];
    }
}
