using ChatBot.FakeTelegram;
using ChatBot.Tests.EndToEnd.Experience;

namespace ChatBot.Tests.Languages;

/// <summary>
/// A user whose Telegram is in Ukrainian (or Russian) walks every asker command and every button reachable from them;
/// apart from what is curated (facts, quotes, sources, tags), commands, links and code, nothing they read is in Latin script.
/// </summary>
public sealed class InterfaceWalkTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("uk", "Востаннє перевірено")]
    [InlineData("ru", "Последняя проверка")]
    public async Task A_user_whose_telegram_is_in_ukrainian_or_russian_reads_no_latin_word_in_any_reply_button_or_toast(string language, string checkedLine)
    {
        var user = Fake.CreateUser("Олена", languageCode: language);
        var walk = new Walker(_bot, user.Id);
        var didYouMean = await Questions.WithAlternativesAsync(_bot);
        foreach (var command in (string[])["/start", "/start f_ternopil-strike", "/help", "/fact", "/fact no-such-fact", "/fact Not an id!",
            "/sources", "/latest", "/subscribe", "/subscribe made-up-topic", "/subscribe", "/subscriptions", "/unsubscribe", "/unsubscribe",
            "/subscriptions", "/alerts", "/about", "/privacy", "/frobnicate", "???", "привіт", "дякую", "what is the capital of peru?",
            "/language klingon", new string('я', 1001)])
        {
            await walk.AskAsync(command);
        }
        var seen = Fake.SentMessageCount(user.Id);
        Fake.EnqueueSticker(user.Id, user.Id);
        await Fake.WaitForMessagesAsync(user.Id, seen + 1, BotHarness.Patience);

        // The answer's buttons: both votes (a first 👎 asks what was wrong; its reasons), a related fact; "did you mean".
        var answer = await walk.AskAsync("/fact ternopil-strike");
        Assert.Contains(checkedLine, answer.Text, StringComparison.Ordinal);
        await walk.PressAsync(answer, answer.Buttons.First(b => b.Text.StartsWith("👍", StringComparison.Ordinal)).CallbackData!);
        var asked = await walk.AskAsync("ternopil death toll?");
        await walk.PressAsync(asked, asked.Buttons.First(b => b.Text.StartsWith("👎", StringComparison.Ordinal)).CallbackData!);
        var whatWasWrong = Fake.SentMessages(user.Id)[^1];
        await walk.PressAsync(whatWasWrong, whatWasWrong.Buttons.First().CallbackData!);
        await walk.PressAsync(answer, answer.Buttons.First(b => b.CallbackData?.StartsWith("r:", StringComparison.Ordinal) == true).CallbackData!);
        var offer = await walk.AskAsync(didYouMean);
        await walk.PressAsync(offer, offer.Buttons.First(b => b.CallbackData?.StartsWith("f:", StringComparison.Ordinal) == true).CallbackData!);

        // /language and its buttons, then back to automatic.
        var choice = await walk.AskAsync("/language");
        await walk.PressAsync(choice, "lang:" + language);
        await walk.PressAsync(choice, "lang:auto");

        // Inline: a query that matches and one that does not.
        Fake.EnqueueInlineQuery(user.Id, "ternopil death toll");
        Fake.EnqueueInlineQuery(user.Id, "zzqx wvvy");
        await walk.DrainAsync();

        // A group: the bot added by the user, a group's alerts refused to a member, /forgetme pointed to the private chat.
        var group = Fake.CreateGroup("Друзі");
        Fake.EnqueueBotAddedToGroup(group.Id, user.Id);
        await Fake.WaitForMessagesAsync(group.Id, 1, BotHarness.Patience);
        await walk.AskAsync("/subscribe@" + Fake.Bot.Username, group.Id);
        await walk.AskAsync("/forgetme", group.Id);
        await walk.AskAsync("/forgetme");

        // What the user typed comes back as typed.
        var latin = walk.LatinShown([.. await walk.ContentAsync(), "made-up-topic"], [user.Id, group.Id]);

        Assert.True(latin.Count == 0, string.Join(Environment.NewLine, latin));
        Assert.True(Fake.RequestsFor("answerCallbackQuery").Count >= 7);
        Assert.Equal(2, Fake.RequestsFor("answerInlineQuery").Count);
    }
}
