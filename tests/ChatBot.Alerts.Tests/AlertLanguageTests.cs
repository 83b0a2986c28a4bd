using ChatBot.FakeTelegram;

namespace ChatBot.Alerts.Tests;

/// <summary>
/// Alerts reach each subscriber in the language they subscribed in, or the one they chose since, with the fact's curated
/// answer in it when it has one; English is unchanged.
/// </summary>
public sealed class AlertLanguageTests : IAsyncLifetime
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
    public async Task A_broadcast_a_retraction_and_a_restore_are_framed_in_each_subscribers_language()
    {
        AddAdmin();
        var uk = Fake.CreateUser("Оксана", languageCode: "uk").Id;
        var ru = Fake.CreateUser("Ольга", languageCode: "ru").Id;
        var en = Fake.CreateUser("Ann", languageCode: "en").Id;
        var switched = Fake.CreateUser("Taras", languageCode: "en").Id;
        Assert.StartsWith("Ви підписалися на всі оновлення", (await _bot.AskAsync(uk, "/subscribe")).Text, StringComparison.Ordinal);
        Assert.StartsWith("Вы подписались на все обновления", (await _bot.AskAsync(ru, "/subscribe")).Text, StringComparison.Ordinal);
        Assert.StartsWith("Subscribed to all updates", (await _bot.AskAsync(en, "/subscribe")).Text, StringComparison.Ordinal);
        await _bot.AskAsync(switched, "/subscribe");
        await _bot.AskAsync(switched, "/language uk");
        long[] chats = [uk, ru, en, switched];

        var broadcast = await AlertsAfterAsync(chats, "/broadcast Talks resume on Monday");
        var retraction = await AlertsAfterAsync(chats, "/delfact ternopil-strike");
        var restore = await AlertsAfterAsync(chats, "/restorefact ternopil-strike");

        Assert.Equal("Оголошення\n\nTalks resume on Monday", broadcast[uk].Text);
        Assert.Equal("Объявление\n\nTalks resume on Monday", broadcast[ru].Text);
        Assert.Equal("Announcement\n\nTalks resume on Monday", broadcast[en].Text);
        Assert.Equal(broadcast[uk].Text, broadcast[switched].Text);
        Assert.StartsWith("Відкликано: ", retraction[uk].Text, StringComparison.Ordinal);
        Assert.Contains("Куратори відкликали цю відповідь", retraction[uk].Text, StringComparison.Ordinal);
        Assert.StartsWith("Отозвано: ", retraction[ru].Text, StringComparison.Ordinal);
        Assert.StartsWith("Retracted: ", retraction[en].Text, StringComparison.Ordinal);
        // The seed translates the fact: a Ukrainian reader gets its Ukrainian answer, a Russian one its Russian answer.
        Assert.Contains("(було: Унаслідок російського ракетно-дронового удару по Тернополю", retraction[uk].Text, StringComparison.Ordinal);
        Assert.StartsWith("Відновлено: Унаслідок російського ракетно-дронового удару по Тернополю", restore[uk].Text, StringComparison.Ordinal);
        Assert.StartsWith("Восстановлено: В результате российского удара ракетами и дронами по Тернополю", restore[ru].Text, StringComparison.Ordinal);
        Assert.Contains("Станом на ", restore[uk].Text, StringComparison.Ordinal);
        Assert.Equal("Відкрити повний факт", restore[uk].Buttons.Single().Text);
        Assert.Equal("Открыть полный факт", restore[ru].Buttons.Single().Text);
        Assert.StartsWith("Restored: At least 26", restore[en].Text, StringComparison.Ordinal);
        Assert.Contains("As of ", restore[en].Text, StringComparison.Ordinal);
        Assert.Equal("Open the full fact", restore[en].Buttons.Single().Text);
    }

    private void AddAdmin() => Fake.CreatePrivateChat(Fake.AddUser(new FakeUser(BotHarness.AdminId, "Admin")));

    /// <summary>The admin's command, then the one alert it sends each chat.</summary>
    private async Task<Dictionary<long, FakeMessage>> AlertsAfterAsync(long[] chats, string command)
    {
        // Counted before the command: an alert may arrive before a wait for "the next message" would start.
        var before = chats.ToDictionary(c => c, Fake.SentMessageCount);
        await _bot.AskAsync(BotHarness.AdminId, command);
        var alerts = new Dictionary<long, FakeMessage>();
        foreach (var chat in chats)
        {
            alerts[chat] = (await Fake.WaitForMessagesAsync(chat, before[chat] + 1, BotHarness.Patience))[before[chat]];
        }
        return alerts;
    }

    [Fact]
    public async Task A_ukrainian_subscriber_reads_the_new_ukrainian_answer_and_a_russian_one_whose_translation_was_kept_the_english_one()
    {
        AddAdmin();
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

    [Fact]
    public async Task A_german_reader_is_alerted_with_the_german_answer_in_the_english_frame_and_a_french_one_without_a_french_answer_in_english()
    {
        AddAdmin();
        var de = Fake.CreateUser("Jonas", languageCode: "de").Id;
        var fr = Fake.CreateUser("Claire", languageCode: "en").Id;
        var en = Fake.CreateUser("Ann", languageCode: "en").Id;
        await _bot.AskAsync(de, "/subscribe");
        await _bot.AskAsync(fr, "/language fr");
        await _bot.AskAsync(fr, "/subscribe");
        await _bot.AskAsync(en, "/subscribe");
        long[] chats = [de, fr, en];

        var alerts = await AlertsAfterAsync(chats, """
            /editfact ternopil-strike
            A: At least 27 people were killed in a Russian missile and drone strike on Ternopil, a city in western Ukraine.
            A[de]: Bei einem russischen Raketen- und Drohnenangriff auf Ternopil wurden mindestens 27 Menschen getötet.
            Notify: yes
            """);

        Assert.StartsWith("Update: Bei einem russischen Raketen- und Drohnenangriff auf Ternopil wurden mindestens 27 Menschen getötet. (was: At least 26",
            alerts[de].Text, StringComparison.Ordinal);
        Assert.Equal("Open the full fact", alerts[de].Buttons.Single().Text);
        Assert.StartsWith("Update: At least 27 people were killed", alerts[fr].Text, StringComparison.Ordinal);
        Assert.Equal(alerts[en].Text, alerts[fr].Text);
        Assert.DoesNotContain("Bei einem", alerts[en].Text, StringComparison.Ordinal);
    }
}
