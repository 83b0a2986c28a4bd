using ChatBot.FakeTelegram;
using ChatBot.Telegram;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Tests.Languages;

/// <summary>/language: showing, setting and resetting the interface language, refusing bad input, and what the choice overrides.</summary>
public sealed class LanguageCommandTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Language_without_an_argument_shows_the_automatic_choice_and_a_button_per_language()
    {
        var user = Fake.CreateUser(languageCode: "uk");

        var reply = await _bot.AskAsync(user.Id, "/language");

        Assert.StartsWith("Мова інтерфейсу: автоматично — українська", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["lang:uk", "lang:ru", "lang:en", "lang:de", "lang:fr", "lang:auto"], reply.Buttons.Select(b => b.CallbackData));
        Assert.Equal("✓ Автоматично", reply.Buttons.Last().Text);
    }

    [Fact]
    public async Task A_stored_choice_overrides_telegrams_language_for_every_reply_until_reset_to_auto()
    {
        var user = Fake.CreateUser(languageCode: "uk");

        var set = await _bot.AskAsync(user.Id, "/language ru");
        var help = await _bot.AskAsync(user.Id, "/help");
        var answer = await _bot.AskAsync(user.Id, "ternopil death toll?");
        var english = await _bot.AskAsync(user.Id, "/language EN");
        var englishHelp = await _bot.AskAsync(user.Id, "/help");
        var ukrainianQuestion = await _bot.AskAsync(user.Id, "Скільки людей загинуло в Тернополі?");
        var reset = await _bot.AskAsync(user.Id, "/language auto");
        var helpAgain = await _bot.AskAsync(user.Id, "/help");

        Assert.StartsWith("Готово: язык интерфейса — русский.", set.Text, StringComparison.Ordinal);
        Assert.StartsWith("Как мной пользоваться", help.Text, StringComparison.Ordinal);
        // The seed's Russian translation of the fact answers the chosen language, with no "in English" note.
        Assert.StartsWith("В результате российского удара ракетами и дронами по Тернополю", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Последняя проверка", answer.Text, StringComparison.Ordinal);
        Assert.StartsWith("Done: I'll speak English to you.", english.Text, StringComparison.Ordinal);
        Assert.StartsWith("How to use me", englishHelp.Text, StringComparison.Ordinal);
        Assert.Contains("Last checked", ukrainianQuestion.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Відповідь англійською", ukrainianQuestion.Text, StringComparison.Ordinal);
        Assert.StartsWith("Готово: мова інтерфейсу знову автоматична — українська", reset.Text, StringComparison.Ordinal);
        Assert.StartsWith("Як мною користуватися", helpAgain.Text, StringComparison.Ordinal);
        Assert.Equal(0, Count($"SELECT COUNT(*) FROM user_languages WHERE user_id = {user.Id}"));
    }

    [Theory]
    [InlineData("klingon")]
    [InlineData("ukr")]
    [InlineData("uk ru")]
    public async Task A_bad_language_is_refused_with_the_valid_values_and_changes_nothing(string argument)
    {
        var user = Fake.CreateUser(languageCode: "en");
        await _bot.AskAsync(user.Id, "/language uk");

        var reply = await _bot.AskAsync(user.Id, "/language " + argument);

        Assert.StartsWith(argument + " — не мова, яку я знаю.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("/language uk, ru, en, de чи fr або /language auto", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Нічого не змінено.", reply.Text, StringComparison.Ordinal);
        Assert.Equal("uk", Scalar($"SELECT language FROM user_languages WHERE user_id = {user.Id}"));
    }

    [Fact]
    public async Task In_english_a_bad_language_names_the_values_too()
    {
        var user = Fake.CreateUser(languageCode: "en");

        var reply = await _bot.AskAsync(user.Id, "/language xx");

        Assert.Equal("xx is not a language I know. Send /language uk, ru, en, de or fr, or /language auto to follow your Telegram settings. " +
            "Nothing was changed.", reply.Text);
        Assert.Equal(0, Count("SELECT COUNT(*) FROM user_languages"));
    }

    [Fact]
    public async Task A_language_button_sets_the_pressers_choice_and_redraws_the_message_in_it()
    {
        var user = Fake.CreateUser(languageCode: "en");
        var status = await _bot.AskAsync(user.Id, "/language");

        var press = Fake.EnqueueCallbackQuery(user.Id, status, "lang:uk");
        await Fake.WaitForAsync(() => Fake.FindMessage(user.Id, status.MessageId)?.Text?.StartsWith("Мова інтерфейсу: українська", StringComparison.Ordinal) == true,
            BotHarness.Patience, "the status redrawn in Ukrainian");

        Assert.True(Fake.IsQueryAnswered(press.QueryId));
        Assert.Equal("✓ Українська", Fake.FindMessage(user.Id, status.MessageId)!.Buttons.First().Text);
        Assert.Equal("uk", Scalar($"SELECT language FROM user_languages WHERE user_id = {user.Id}"));
        Assert.Equal("language", Scalar($"SELECT command FROM command_receipts WHERE update_id = {press.UpdateId}"));
        Assert.StartsWith("Як мною користуватися", (await _bot.AskAsync(user.Id, "/help")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_language_update_handled_again_after_a_crash_resends_its_reply_and_changes_nothing_again()
    {
        var user = Fake.CreateUser(languageCode: "en");
        await _bot.AskAsync(user.Id, "/help");
        var update = new Update
        {
            Id = 900_001,
            Message = new Message
            {
                Id = 77,
                Date = DateTime.UtcNow,
                Chat = new Chat { Id = user.Id, Type = ChatType.Private },
                From = new User { Id = user.Id, FirstName = user.FirstName, LanguageCode = "en" },
                Text = "/language ru",
                Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = 9 }],
            },
        };

        await RouteAsync(update);
        // Changed meanwhile (another /language); the replayed update must not put its own choice back.
        Execute($"UPDATE user_languages SET language = 'uk' WHERE user_id = {user.Id}");
        await RouteAsync(update);

        var replies = Fake.SentMessages(user.Id).TakeLast(2).ToList();
        Assert.All(replies, r => Assert.StartsWith("Готово: язык интерфейса — русский.", r.Text, StringComparison.Ordinal));
        Assert.Contains(_bot.Logs.Lines, l => l.Contains("(/language) was applied before", StringComparison.Ordinal));
        Assert.Equal("uk", Scalar($"SELECT language FROM user_languages WHERE user_id = {user.Id}"));
    }

    [Fact]
    public async Task Forgetme_deletes_the_language_choice()
    {
        var user = Fake.CreateUser(languageCode: "en");
        await _bot.AskAsync(user.Id, "/language ru");

        var reply = await _bot.AskAsync(user.Id, "/forgetme");
        var after = await _bot.AskAsync(user.Id, "/help");

        Assert.StartsWith("Готово. Я удалил 0 вопросов, 0 голосов и 0 подписок", reply.Text, StringComparison.Ordinal);
        Assert.StartsWith("How to use me", after.Text, StringComparison.Ordinal);
        Assert.Equal(0, Count("SELECT COUNT(*) FROM user_languages"));
    }

    [Fact]
    public void At_start_the_menu_and_descriptions_are_set_in_ukrainian_and_russian_and_english_stays_the_default()
    {
        var uk = Fake.GetMyCommands(languageCode: "uk");
        var ru = Fake.GetMyCommands(languageCode: "ru");

        Assert.Equal(Fake.GetMyCommands().Select(c => c.Command), uk.Select(c => c.Command));
        Assert.Equal("Мова інтерфейсу", uk.Single(c => c.Command == "language").Description);
        Assert.Equal("Язык интерфейса", ru.Single(c => c.Command == "language").Description);
        Assert.Equal("Interface language: /language uk|ru|en|de|fr|auto", Fake.GetMyCommands().Single(c => c.Command == "language").Description);
        Assert.StartsWith("Я відповідаю на запитання", Fake.BotDescription("uk"), StringComparison.Ordinal);
        Assert.StartsWith("Я отвечаю на вопросы", Fake.BotDescription("ru"), StringComparison.Ordinal);
        Assert.InRange(Fake.BotDescription("uk").Length, 1, 512);
        Assert.InRange(Fake.BotShortDescription("ru").Length, 1, 120);
        Assert.StartsWith("Відповіді", Fake.BotShortDescription("uk"), StringComparison.Ordinal);
        Assert.StartsWith("I answer questions", Fake.BotDescription(), StringComparison.Ordinal);
    }

    private async Task RouteAsync(Update update)
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UpdateRouter>().RouteAsync(update, CancellationToken.None);
    }

    private void Execute(string sql)
    {
        using var c = new SqliteConnection($"Data Source={_bot.DatabasePath}");
        c.Open();
        using var command = c.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long Count(string sql) => (long)Scalar(sql)!;

    private object? Scalar(string sql)
    {
        using var c = new SqliteConnection($"Data Source={_bot.DatabasePath}");
        c.Open();
        using var command = c.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
