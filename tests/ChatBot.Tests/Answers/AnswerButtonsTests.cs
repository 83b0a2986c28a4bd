using System.Text;
using ChatBot.FakeTelegram;
using ChatBot.Storage;

namespace ChatBot.Tests.Answers;

/// <summary>👍 / 👎, Share and Related under every answer, pressed through the real client.</summary>
public sealed class AnswerButtonsTests : IAsyncLifetime
{
    private const string Question = "ternopil death toll?";
    private const string TernopilQuestion = "How many people were killed in the Russian strike on Ternopil?";

    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Every_answer_has_votes_share_with_the_facts_question_and_related_answers_within_64_byte_callback_data()
    {
        var user = Fake.CreateUser();

        var reply = await _bot.AskAsync(user.Id, user.Id, Question);

        Assert.Equal(["👍", "👎", "↗ Share"], reply.InlineKeyboard[0].Select(b => b.Text));
        // The fact's own question, not the asker's wording: in another chat it must bring up the same answer.
        Assert.Equal(TernopilQuestion, reply.InlineKeyboard[0][2].Raw.GetProperty("switch_inline_query").GetString());
        var related = reply.Buttons.Where(b => b.Text.StartsWith("Related: ", StringComparison.Ordinal)).ToList();
        Assert.InRange(related.Count, 1, 2);
        Assert.All(reply.Buttons.Where(b => b.CallbackData is not null), b => Assert.InRange(Encoding.UTF8.GetByteCount(b.CallbackData!), 1, 64));
        Assert.Equal(["v:", "r:"], reply.Buttons.Where(b => b.CallbackData is not null).Select(b => b.CallbackData![..2]).Distinct());
    }

    [Fact]
    public async Task A_vote_is_one_per_user_and_changeable_and_only_the_first_down_vote_asks_what_was_wrong()
    {
        var user = Fake.CreateUser();
        var answer = await _bot.AskAsync(user.Id, user.Id, Question);

        await PressAsync(user.Id, answer, "👍");
        Assert.Equal("👍 1", Current(answer).InlineKeyboard[0][0].Text);
        var seen = Fake.SentMessageCount(user.Id);
        await PressAsync(user.Id, answer, "👍 1");
        await PressAsync(user.Id, answer, "👎");
        var ask = (await Fake.WaitForMessagesAsync(user.Id, seen + 1, BotHarness.Patience))[seen];
        Assert.Equal("Thanks. What was wrong with this answer?", ask.Text);
        Assert.Equal(answer.MessageId, ask.ReplyToMessageId);
        Assert.Equal(["It's wrong", "It's outdated", "It didn't answer my question"], ask.Buttons.Select(b => b.Text));
        Assert.Equal(["👍", "👎 1"], Current(answer).InlineKeyboard[0].Take(2).Select(b => b.Text));

        await PressAsync(user.Id, answer, "👍");
        await PressAsync(user.Id, answer, "👎");
        await PressAsync(user.Id, ask, "It's outdated");

        Assert.Equal(seen + 1, Fake.SentMessageCount(user.Id));
        Assert.StartsWith("Thanks — the curators", Current(ask).Text, StringComparison.Ordinal);
        Assert.Empty(Current(ask).Buttons);
        Assert.Equal([(-1L, "outdated")], await VotesAsync());
    }

    [Fact]
    public async Task Another_user_cannot_give_the_reason_for_someone_elses_down_vote()
    {
        var group = Fake.CreateGroup("Readers");
        var (asker, other) = (Fake.CreateUser("Asker"), Fake.CreateUser("Other"));
        var answer = await _bot.AskAsync(group.Id, asker.Id, $"@{Fake.Bot.Username} {Question}");
        var seen = Fake.SentMessageCount(group.Id);
        await PressAsync(asker.Id, answer, "👎");
        var ask = (await Fake.WaitForMessagesAsync(group.Id, seen + 1, BotHarness.Patience))[seen];

        await PressAsync(other.Id, ask, "It's wrong");

        Assert.Equal(3, Current(ask).Buttons.Count());
        Assert.Equal([(-1L, (string?)null)], await VotesAsync());
    }

    [Fact]
    public async Task A_related_button_sends_that_answer_with_its_own_buttons_and_leaves_the_first_one_alone()
    {
        var user = Fake.CreateUser();
        var answer = await _bot.AskAsync(user.Id, user.Id, Question);
        var related = answer.Buttons.First(b => b.Text.StartsWith("Related: ", StringComparison.Ordinal));
        var seen = Fake.SentMessageCount(user.Id);

        await PressAsync(user.Id, answer, related.Text);
        var next = (await Fake.WaitForMessagesAsync(user.Id, seen + 1, BotHarness.Patience))[seen];

        Assert.Contains(next.Buttons, b => b.CallbackData == "v:u:0:" + related.CallbackData![2..]);
        Assert.Equal(answer.InlineKeyboard.Count, Current(answer).InlineKeyboard.Count);
    }

    private FakeMessage Current(FakeMessage m) => Fake.FindMessage(m.ChatId, m.MessageId)!;

    private async Task PressAsync(long userId, FakeMessage message, string button)
    {
        var press = Fake.PressButton(userId, Current(message), button);
        await Fake.WaitForAsync(() => Fake.IsQueryAnswered(press.QueryId), BotHarness.Patience, $"the press on {button} answered");
        // The press is handled once its update is confirmed, edits and follow-up messages included.
        await Fake.WaitForUpdatesConfirmedAsync(BotHarness.Patience);
        await Eventually.TrueAsync(async () => await _bot.PendingUpdatesAsync() == 0, BotHarness.Patience, "the press handled");
    }

    private async Task<List<(long Vote, string? Reason)>> VotesAsync()
    {
        await using var c = new SqliteDatabase(_bot.DatabasePath).Open();
        await using var command = c.CreateCommand();
        command.CommandText = "SELECT vote, reason FROM answer_votes";
        await using var r = await command.ExecuteReaderAsync();
        var list = new List<(long, string?)>();
        while (await r.ReadAsync())
        {
            list.Add((r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1)));
        }
        return list;
    }
}
