using ChatBot.FakeTelegram;
using ChatBot.Telegram.Commands.Admin;

namespace ChatBot.Curation.Tests.EndToEnd;

/// <summary>/feedback, its buttons, the fact it opens and the votes in /stats, read by a Ukrainian-speaking curator.</summary>
public sealed class CuratorFeedbackLanguageTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(new() { AdminIds = [Admin], Services = s => s.AddCurationCommands() });
        Fake.AddUser(new FakeUser(Admin, "Оксана", LanguageCode: "uk"));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_ukrainian_curator_reads_the_down_voted_answers_opens_one_and_sees_the_votes_in_ukrainian()
    {
        var asker = Fake.CreateUser(languageCode: "uk");
        var answer = await _bot.AskAsync(asker.Id, "Скільки людей загинуло в Тернополі?");
        await PressAsync(asker.Id, answer, "👎");
        await PressAsync(asker.Id, Fake.SentMessages(asker.Id)[^1], "Це неправда");

        var report = await _bot.AskAsync(Admin, "/feedback");
        var stats = await _bot.AskAsync(Admin, "/stats");
        var seen = Fake.SentMessageCount(Admin);
        await PressAsync(Admin, report, "#1 відкрити ternopil-strike");
        var opened = (await Fake.WaitForMessagesAsync(Admin, seen + 1, BotHarness.Patience))[seen];

        Assert.StartsWith("Відповіді з найбільшою кількістю 👎 і запитання, на які їх дали:", report.Text, StringComparison.Ordinal);
        Assert.Contains("“Скільки людей загинуло в Тернополі?” — 👎 1 (неправда)\n   відповіли фактом ternopil-strike", report.Text, StringComparison.Ordinal);
        Assert.EndsWith("якщо факт хибний чи застарілий, виправте його через /editfact", report.Text, StringComparison.Ordinal);
        Assert.Contains("\nГолоси за фактами (спершу ті, що мають найбільше 👎):\nternopil-strike 👍 0 · 👎 1", stats.Text, StringComparison.Ordinal);
        Assert.EndsWith("Виправити: /editfact ternopil-strike; версії: /history ternopil-strike", opened.Text, StringComparison.Ordinal);
    }

    private async Task PressAsync(long userId, FakeMessage message, string button)
    {
        var press = Fake.PressButton(userId, Fake.FindMessage(message.ChatId, message.MessageId)!, button);
        await Fake.WaitForAsync(() => Fake.IsQueryAnswered(press.QueryId), BotHarness.Patience, $"the press on {button} answered");
        await Fake.WaitForUpdatesConfirmedAsync(BotHarness.Patience);
        await Eventually.TrueAsync(async () => await _bot.PendingUpdatesAsync() == 0, BotHarness.Patience, "the press handled");
    }
}
