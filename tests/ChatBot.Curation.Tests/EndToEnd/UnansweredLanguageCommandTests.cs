using ChatBot.Curation.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ChatBot.Curation.Tests.EndToEnd;

/// <summary>A Ukrainian question nobody answered, seen in /unanswered with its language and attached from its button.</summary>
public sealed class UnansweredLanguageCommandTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    // Answered, but below the report's confidence: the one kind of question offered for a one-tap attach.
    private const string Question = "патриоты 105 мільйонів це шо";
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await CuratorBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_ukrainian_question_is_listed_as_uk_and_its_button_adds_it_as_a_ukrainian_question_that_then_answers_it()
    {
        var user = _bot.Fake.CreateUser(languageCode: "uk");
        await _bot.AskAsync(user.Id, Question);
        await _bot.AskAsync(user.Id, Question);

        Assert.Equal("uk", Scalar("SELECT group_concat(DISTINCT language) FROM question_log"));
        var report = await _bot.AskAsync(Admin, "/unanswered");
        Assert.Contains($"1. [uk] “{Question}” — asked 2×", report.Text, StringComparison.Ordinal);

        var seen = _bot.Fake.SentMessageCount(Admin);
        _bot.Fake.PressButton(Admin, report, "#1 → patriot-package Q[uk]");
        var attached = (await _bot.Fake.WaitForMessagesAsync(Admin, seen + 1, BotHarness.Patience))[seen];
        var answer = await _bot.AskAsync(user.Id, Question);

        Assert.StartsWith("Fact patriot-package has a new Q[uk] question (v2)", attached.Text, StringComparison.Ordinal);
        Assert.Contains($"Q[uk]: {Question}", attached.Text, StringComparison.Ordinal);
        Assert.Contains("(+14 alternates)", attached.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Відповідь англійською", answer.Text, StringComparison.Ordinal);
        Assert.Contains("105 млн доларів", answer.Text, StringComparison.Ordinal);
        Assert.Contains("No unanswered", (await _bot.AskAsync(Admin, "/unanswered")).Text, StringComparison.Ordinal);
    }

    private object? Scalar(string sql)
    {
        using var c = new SqliteConnection($"Data Source={_bot.DatabasePath}");
        c.Open();
        using var command = c.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
