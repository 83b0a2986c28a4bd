using ChatBot.Curation.Tests.Support;

namespace ChatBot.Curation.Tests.EndToEnd;

/// <summary>/stats and /unanswered agree on what is left to review.</summary>
public sealed class StatsAndUnansweredTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await CuratorBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_question_answered_since_it_was_asked_is_counted_by_neither_stats_nor_unanswered()
    {
        var asker = _bot.Fake.CreateUser();
        await _bot.AskAsync(asker.Id, "How many were unalived in Ternopil?");
        await _bot.AskAsync(Admin, "/synonym unalived killed");

        var stats = await _bot.AskAsync(Admin, "/stats");
        var report = await _bot.AskAsync(Admin, "/unanswered");

        Assert.Contains("Unanswered: 1 (0 distinct still without one, to review with /unanswered)", stats.Text, StringComparison.Ordinal);
        Assert.Equal("No unanswered or low-confidence questions to review.", report.Text);
    }
}
