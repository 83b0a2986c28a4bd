using ChatBot.FakeTelegram;
using ChatBot.Storage;

namespace ChatBot.Tests.Answers;

/// <summary>Votes under an answer whose fact a curator has retracted since.</summary>
public sealed class RetractedAnswerVoteTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(new BotHarnessOptions { AdminIds = [BotHarness.AdminId] });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_vote_on_an_answer_whose_fact_was_retracted_is_refused_with_a_notice_and_not_recorded()
    {
        var user = Fake.CreateUser();
        var answer = await _bot.AskAsync(user.Id, "ternopil death toll?");
        var retracted = await _bot.AskAsync(BotHarness.AdminId, "/delfact ternopil-strike");
        Assert.Contains("ternopil-strike", retracted.Text, StringComparison.Ordinal);

        var press = Fake.PressButton(user.Id, Fake.FindMessage(answer.ChatId, answer.MessageId)!, "👍");
        await Fake.WaitForAsync(() => Fake.IsQueryAnswered(press.QueryId), BotHarness.Patience, "the press answered");
        await Eventually.TrueAsync(async () => await _bot.PendingUpdatesAsync() == 0, BotHarness.Patience, "the press handled");

        Assert.Contains(Fake.RequestsFor("answerCallbackQuery"), r => r.Param("text") == "That answer is no longer available.");
        Assert.Equal("👍", Fake.FindMessage(answer.ChatId, answer.MessageId)!.InlineKeyboard[0][0].Text);
        await using var c = new SqliteDatabase(_bot.DatabasePath).Open();
        await using var command = c.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM answer_votes";
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }
}
