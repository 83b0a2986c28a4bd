using ChatBot.FakeTelegram;
using ChatBot.Telegram.Latest;

namespace ChatBot.Tests.Answers;

/// <summary>What a new user meets first, as a fresh-eyes walkthrough found it: each case here was once wrong.</summary>
public sealed class FirstImpressionTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Help_names_the_bot_by_its_real_username_for_inline_use()
    {
        var user = Fake.CreateUser();

        var help = await _bot.AskAsync(user.Id, "/help");

        Assert.Contains($"type @{Fake.Bot.Username} and a question", help.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("@username", help.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_fresh_install_whats_new_lists_no_seed_fact_as_added()
    {
        var user = Fake.CreateUser();

        var latest = await _bot.AskAsync(user.Id, "/latest");

        Assert.Equal(LatestTexts.Nothing, latest.Text);
    }

    [Theory]
    [InlineData("Хто очолює делегацію США?", "uk", "Делегацію Пентагону в Україні очолює")]
    [InlineData("Кто возглавляет делегацию США?", "ru", "Делегацию Пентагона на Украине возглавляет")]
    [InlineData("Кто возглавляет делегацию США?", "uk", "Делегацию Пентагона на Украине возглавляет")]
    public async Task A_question_in_ukrainian_or_russian_gets_the_facts_curated_answer_in_its_language(string question, string language, string answer)
    {
        var user = Fake.CreateUser(languageCode: language);

        var reply = await _bot.AskAsync(user.Id, question);

        // The seed translates every fact; the quote stays verbatim in English.
        Assert.StartsWith(answer, reply.Text, StringComparison.Ordinal);
        Assert.Contains("Heading the delegation is US Army Secretary Dan Driscoll", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Яка погода в Одесі завтра?", "Я не маю перевіреного факту")]
    [InlineData("Какая погода в Одессе завтра?", "У меня нет проверенного факта")]
    public async Task A_question_in_ukrainian_or_russian_no_fact_comes_near_is_declined_in_its_language(string question, string expected)
    {
        var user = Fake.CreateUser(languageCode: "en");

        var reply = await _bot.AskAsync(user.Id, question);

        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_group_a_bare_unknown_command_is_left_to_the_other_bots()
    {
        var group = Fake.CreateGroup("Several bots");
        var user = Fake.CreateUser();
        Fake.EnqueueMessage(group.Id, user.Id, "/settings", [new FakeEntity("bot_command", 0, 9)]);

        var help = await _bot.AskAsync(group.Id, user.Id, $"/help@{Fake.Bot.Username}");

        Assert.Contains("How to use me", help.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Fake.SentMessages(group.Id), m => m.Text == Telegram.Replies.BotTexts.UnknownCommand);
    }
}
