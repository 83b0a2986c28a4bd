using ChatBot.Core.Conversations;
using ChatBot.FakeTelegram;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.EndToEnd.Experience;

/// <summary>The bot's descriptions, /about, /privacy and /forgetme.</summary>
public sealed class ProfileAndPrivacyTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(new()
    {
        Settings = new Dictionary<string, string?>
        {
            ["Bot:ContactText"] = "Write to @curators <team>",
            ["Privacy:QuestionLogDays"] = "30",
        },
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public void At_start_the_bot_sets_its_description_and_short_description()
    {
        Assert.Contains("peace talks", Fake.BotDescription(), StringComparison.Ordinal);
        Assert.InRange(Fake.BotDescription().Length, 1, 512);
        Assert.Contains("peace talks", Fake.BotShortDescription(), StringComparison.Ordinal);
        Assert.InRange(Fake.BotShortDescription().Length, 1, 120);
    }

    [Fact]
    public async Task About_says_what_the_bot_is_who_curates_it_and_how_to_reach_them_escaped()
    {
        var user = Fake.CreateUser("Ann");

        var about = await _bot.AskAsync(user.Id, user.Id, "/about");

        Assert.Contains("curators", about.Text, StringComparison.Ordinal);
        Assert.Contains("Write to @curators <team>", about.Text, StringComparison.Ordinal);
        Assert.Contains("about", Fake.GetMyCommands().Select(c => c.Command));
    }

    [Fact]
    public async Task Privacy_lists_what_is_stored_and_for_how_long()
    {
        var user = Fake.CreateUser("Ann");

        var privacy = await _bot.AskAsync(user.Id, user.Id, "/privacy");

        Assert.Contains("user id", privacy.Text, StringComparison.Ordinal);
        Assert.Contains("votes", privacy.Text, StringComparison.Ordinal);
        Assert.Contains("subscriptions", privacy.Text, StringComparison.Ordinal);
        Assert.Contains("30 days", privacy.Text, StringComparison.Ordinal);
        Assert.Contains("/forgetme", privacy.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forgetme_deletes_the_users_questions_votes_and_subscriptions_and_nobody_elses()
    {
        var user = Fake.CreateUser("Fay");
        var other = Fake.CreateUser("Gil");
        await _bot.AskAsync(user.Id, user.Id, "ternopil death toll?");
        await _bot.AskAsync(user.Id, user.Id, "what is the capital of peru?");
        await _bot.AskAsync(other.Id, other.Id, "ternopil death toll?");
        await _bot.AskAsync(user.Id, user.Id, "/subscribe");
        await _bot.AskAsync(other.Id, other.Id, "/subscribe");
        Execute("INSERT INTO answer_votes (question_id, fact_id, user_id, chat_id, vote, voted_at) VALUES " +
            $"(1, 'ternopil-strike', {user.Id}, {user.Id}, 1, '2026-01-01'), (2, 'ternopil-strike', {other.Id}, {other.Id}, -1, '2026-01-01')");

        var reply = await _bot.AskAsync(user.Id, user.Id, "/forgetme");

        Assert.Contains("2 questions", reply.Text, StringComparison.Ordinal);
        Assert.Contains("1 vote", reply.Text, StringComparison.Ordinal);
        Assert.Contains("1 alert subscription", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, Count($"SELECT COUNT(*) FROM question_log WHERE user_id = {user.Id}"));
        Assert.Equal(0, Count($"SELECT COUNT(*) FROM answer_votes WHERE user_id = {user.Id}"));
        Assert.Equal(0, Count($"SELECT COUNT(*) FROM subscriptions WHERE chat_id = {user.Id}"));
        Assert.Equal(0, Count($"SELECT COUNT(*) FROM answer_messages WHERE user_id = {user.Id}"));
        Assert.Equal(1, Count($"SELECT COUNT(*) FROM question_log WHERE user_id = {other.Id}"));
        Assert.Equal(1, Count($"SELECT COUNT(*) FROM answer_votes WHERE user_id = {other.Id}"));
        Assert.Equal(1, Count($"SELECT COUNT(*) FROM subscriptions WHERE chat_id = {other.Id}"));
        Assert.Empty(await _bot.Services.GetRequiredService<IQuestionLog>().GetUnansweredAsync(10));
    }

    [Fact]
    public async Task Forgetme_in_a_group_points_to_the_private_chat_and_deletes_nothing()
    {
        var user = Fake.CreateUser("Hal");
        var group = Fake.CreateGroup("Talkers");
        await _bot.AskAsync(group.Id, user.Id, "@test_chat_bot ternopil death toll?");

        var reply = await _bot.AskAsync(group.Id, user.Id, "/forgetme");

        Assert.Contains("private chat", reply.Text, StringComparison.Ordinal);
        Assert.Equal(1, Count($"SELECT COUNT(*) FROM question_log WHERE user_id = {user.Id}"));
    }

    private void Execute(string sql)
    {
        using var c = new SqliteConnection($"Data Source={_bot.DatabasePath}");
        c.Open();
        using var command = c.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long Count(string sql)
    {
        using var c = new SqliteConnection($"Data Source={_bot.DatabasePath}");
        c.Open();
        using var command = c.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
