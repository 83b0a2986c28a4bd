using ChatBot.FakeTelegram;

namespace ChatBot.Alerts.Tests;

/// <summary>An /editfact that changes an answer and its Ukrainian translation, as each subscriber reads it.</summary>
public sealed class AlertTranslationEndToEndTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(new()
    {
        AdminIds = [BotHarness.AdminId],
        Settings = new Dictionary<string, string?> { ["Alerts:PollInterval"] = "00:00:00.200" },
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_ukrainian_subscriber_reads_the_new_ukrainian_answer_and_a_russian_one_whose_translation_was_kept_the_english_one()
    {
        var admin = Fake.AddUser(new FakeUser(BotHarness.AdminId, "Admin"));
        Fake.CreatePrivateChat(admin);
        var uk = Fake.CreateUser("Оксана", languageCode: "uk").Id;
        var ru = Fake.CreateUser("Ольга", languageCode: "ru").Id;
        var en = Fake.CreateUser("Ann", languageCode: "en").Id;
        long[] chats = [uk, ru, en];
        foreach (var chat in chats)
        {
            await _bot.AskAsync(chat, "/subscribe");
        }
        var before = chats.ToDictionary(c => c, Fake.SentMessageCount);

        var edited = await _bot.AskAsync(BotHarness.AdminId, """
            /editfact ternopil-strike
            A: At least 27 people were killed in a Russian missile and drone strike on Ternopil, a city in western Ukraine.
            A[uk]: Унаслідок російського ракетно-дронового удару по Тернополю загинули щонайменше 27 людей.
            Notify: yes
            """);
        var alerts = new Dictionary<long, FakeMessage>();
        foreach (var chat in chats)
        {
            alerts[chat] = (await Fake.WaitForMessagesAsync(chat, before[chat] + 1, BotHarness.Patience))[before[chat]];
        }

        Assert.Contains("Fact ternopil-strike updated (v2)", edited.Text, StringComparison.Ordinal);
        Assert.StartsWith("Оновлення: Унаслідок російського ракетно-дронового удару по Тернополю загинули щонайменше 27 людей. " +
            "(було: Унаслідок російського ракетно-дронового удару по Тернополю, місту на заході України, загинули щонайменше 26 людей.)",
            alerts[uk].Text, StringComparison.Ordinal);
        Assert.Contains("Скільки людей загинуло внаслідок російського удару по Тернополю?", alerts[uk].Text, StringComparison.Ordinal);
        Assert.StartsWith("Обновление: At least 27 people were killed", alerts[ru].Text, StringComparison.Ordinal);
        Assert.StartsWith("Update: At least 27 people were killed", alerts[en].Text, StringComparison.Ordinal);
        // The quote is the source's words for every reader.
        const string quote = "at least 26 individuals died in a Russian missile and drone strike on Ukraine’s western city of Ternopil";
        Assert.All(chats, c => Assert.Contains(quote, alerts[c].Text, StringComparison.Ordinal));
    }
}
