using ChatBot.FakeTelegram;

namespace ChatBot.Tests.EndToEnd.Walkthrough;

/// <summary>A clear question with no fact on it is declined plainly, with the closest facts offered, in the asker's language.</summary>
public sealed class NearMissTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("en", "How old is Dan Driscoll?", "I don't have a verified fact on that. The closest facts I have:")]
    [InlineData("uk", "Скільки років Дену Дрісколлу?", "Я не маю перевіреного факту про це. Найближчі факти, що в мене є:")]
    [InlineData("ru", "Сколько лет Дэну Дрисколлу?", "У меня нет проверенного факта об этом. Ближайшие факты, которые у меня есть:")]
    public async Task A_near_miss_says_the_bot_has_no_verified_fact_and_offers_the_closest_ones(string language, string question, string expected)
    {
        var user = Fake.CreateUser("Near", languageCode: language);

        var reply = await _bot.AskAsync(user.Id, user.Id, question);

        Assert.Equal(expected, reply.Text);
        Assert.Contains(reply.Buttons, b => b.CallbackData?.StartsWith("f:", StringComparison.Ordinal) == true);
        Assert.DoesNotContain("not sure", reply.Text, StringComparison.OrdinalIgnoreCase);
    }
}
