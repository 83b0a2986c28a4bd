using ChatBot.FakeTelegram;
using ChatBot.Telegram.Commands.Admin;

namespace ChatBot.Curation.Tests.EndToEnd;

/// <summary>A Ukrainian- or Russian-speaking curator reads the curation commands' replies in their language.</summary>
public sealed class CuratorLanguageTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(new() { AdminIds = [Admin], Services = s => s.AddCurationCommands() });
        _bot.Fake.AddUser(new FakeUser(Admin, "Оксана", LanguageCode: "uk"));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_ukrainian_curator_reads_every_curation_reply_frame_in_ukrainian()
    {
        var alias = await _bot.AskAsync(Admin, "/alias delegation-head Q[uk]: Хто на чолі американської делегації?");
        var refused = await _bot.AskAsync(Admin, "/alias delegation-head Q[es]: ¿Quién?");
        var facts = await _bot.AskAsync(Admin, "/facts");
        var filtered = await _bot.AskAsync(Admin, "/facts zzzz");
        var history = await _bot.AskAsync(Admin, "/history delegation-head");
        var synonyms = await _bot.AskAsync(Admin, "/synonym slain killed");
        var retired = await _bot.AskAsync(Admin, "/delfact kellogg-stance");
        var restored = await _bot.AskAsync(Admin, "/restorefact kellogg-stance");
        var edited = await _bot.AskAsync(Admin, "/editfact kellogg-stance\nA: Kellogg supports Ukraine.");
        var unanswered = await _bot.AskAsync(Admin, "/unanswered");
        var stats = await _bot.AskAsync(Admin, "/stats");
        var shown = await _bot.AskAsync(Admin, "/fact delegation-head");

        Assert.StartsWith("Факт delegation-head отримав нове запитання Q[uk] (v2)", alias.Text, StringComparison.Ordinal);
        Assert.Contains("(+14 альтернативних запитань)", alias.Text, StringComparison.Ordinal);
        Assert.StartsWith("Нічого не змінено. /alias — одна проблема:", refused.Text, StringComparison.Ordinal);
        Assert.StartsWith("Факти, сторінка 1 з 4 (усього 34):", facts.Text, StringComparison.Ordinal);
        Assert.Equal("Жоден факт не містить усіх слів: zzzz", filtered.Text);
        Assert.StartsWith("Історія delegation-head:\nv2 нове запитання, автор tg:4242 Оксана,", history.Text, StringComparison.Ordinal);
        Assert.EndsWith("Повернути версію: /restorefact delegation-head v<номер>", history.Text, StringComparison.Ordinal);
        Assert.StartsWith("Синоніми збережено", synonyms.Text, StringComparison.Ordinal);
        Assert.StartsWith("Факт kellogg-stance відкликано (v2, відкликано)", retired.Text, StringComparison.Ordinal);
        Assert.EndsWith("Скасувати: /restorefact kellogg-stance", retired.Text, StringComparison.Ordinal);
        Assert.StartsWith("Факт kellogg-stance відновлено (v3)", restored.Text, StringComparison.Ordinal);
        Assert.StartsWith("Факт kellogg-stance оновлено (v4)", edited.Text, StringComparison.Ordinal);
        Assert.Contains("Попередній перегляд сповіщення", edited.Text, StringComparison.Ordinal);
        Assert.EndsWith("Надіслати це сповіщення підписникам?", edited.Text, StringComparison.Ordinal);
        // The preview is the alert as a Ukrainian subscriber gets it: the kept translation is no news, so the English answer.
        Assert.Contains("Оновлення: Kellogg supports Ukraine.", edited.Text, StringComparison.Ordinal);
        Assert.Equal(["Надіслати сповіщення", "Не сповіщати"], edited.Buttons.Select(b => b.Text));
        Assert.Equal("Немає запитань без відповіді чи з невпевненою відповіддю.", unanswered.Text);
        Assert.StartsWith("Поставлено запитань: 0\nЗ відповіддю: 0", stats.Text, StringComparison.Ordinal);
        Assert.Contains("\nПереклади\nA[uk]:", shown.Text, StringComparison.Ordinal);

        _bot.Fake.PressButton(Admin, edited, "Не сповіщати");
        await _bot.Fake.WaitForAsync(() => _bot.Fake.FindMessage(Admin, edited.MessageId)?.Text == "Сповіщення для kellogg-stance v4 не надіслано.",
            BotHarness.Patience, "the preview replaced by the Ukrainian confirmation");
    }

    [Fact]
    public async Task A_ukrainian_curator_broadcasts_and_reads_the_alerts_report_in_ukrainian()
    {
        var subscriber = _bot.Fake.CreateUser(languageCode: "en");
        await _bot.AskAsync(subscriber.Id, "/subscribe");

        var usage = await _bot.AskAsync(Admin, "/broadcast");
        var queued = await _bot.AskAsync(Admin, "/broadcast Talks resume on Monday.");
        var report = await _bot.AskAsync(Admin, "/alerts");

        Assert.Equal("Як користуватися: /broadcast <текст>", usage.Text);
        Assert.Equal("Оголошення #1 поставлено в чергу для 1 підписника. /alerts показує, як іде розсилка.", queued.Text);
        Assert.Matches(@"^Останні сповіщення:\n#1 оголошення, автор tg:4242 Оксана, [0-9-]{10} [0-9:]{5} UTC: надіслано — [01], у черзі — [01], " +
            @"не вдалося — 0, заблоковано — 0, скасовано — 0 \(з 1\)$", report.Text);
    }

    [Fact]
    public async Task A_curator_who_chose_russian_reads_the_unanswered_report_and_its_buttons_in_russian()
    {
        var asker = _bot.Fake.CreateUser(languageCode: "uk");
        await _bot.AskAsync(asker.Id, "скільки генералів приїхало");
        await _bot.AskAsync(Admin, "/language ru");

        var report = await _bot.AskAsync(Admin, "/unanswered");
        var seen = _bot.Fake.SentMessageCount(Admin);
        _bot.Fake.PressButton(Admin, report, "#1 отклонить");
        var dismissed = (await _bot.Fake.WaitForMessagesAsync(Admin, seen + 1, BotHarness.Patience))[seen];

        Assert.StartsWith("Самые частые вопросы без уверенного ответа:\n\n1. [uk] “скільки генералів приїхало” — спрашивали 1×\n   ни один факт на это не отвечает. Ближайшие факты ниже",
            report.Text, StringComparison.Ordinal);
        Assert.Contains("\n   • delegation-members ", report.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Buttons, b => b.Text.Contains('→', StringComparison.Ordinal));
        Assert.Equal("Отклонено: “скільки генералів приїхало”", dismissed.Text);
    }
}
