using ChatBot.FakeTelegram;

namespace ChatBot.Tests.EndToEnd.Walkthrough;

/// <summary>A Ukrainian user's examples, "did you mean" and Related labels and Share pre-fill use the facts' curated Ukrainian questions.</summary>
public sealed class LocalizedExampleTests : IAsyncLifetime
{
    private const string EnglishExample = "Who is leading the US delegation to Ukraine?";
    private const string UkrainianExample = "Хто очолює делегацію США в Україні?";
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("/start")]
    [InlineData("/help")]
    [InlineData("привіт")]
    [InlineData("thanks!")]
    public async Task A_Ukrainian_user_is_given_example_questions_in_Ukrainian(string message)
    {
        var user = Fake.CreateUser("Оксана", languageCode: "uk");

        var reply = await _bot.AskAsync(user.Id, user.Id, message);

        Assert.Contains(UkrainianExample, reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(EnglishExample, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Ukrainian_near_miss_offers_the_closest_facts_by_their_Ukrainian_questions()
    {
        var user = Fake.CreateUser("Тарас", languageCode: "uk");

        var reply = await _bot.AskAsync(user.Id, user.Id, "Скільки років Дену Дрісколлу?");

        var offered = reply.Buttons.Where(b => b.CallbackData?.StartsWith("f:", StringComparison.Ordinal) == true).ToList();
        Assert.Contains(offered, b => b.Text == UkrainianExample);
        Assert.All(offered, b => Assert.Matches("[А-Яа-яІіЇїЄєҐґ]", b.Text));
    }

    [Fact]
    public async Task A_Ukrainian_answer_labels_its_related_facts_and_pre_fills_Share_in_Ukrainian()
    {
        var user = Fake.CreateUser("Оксана", languageCode: "uk");

        var reply = await _bot.AskAsync(user.Id, user.Id, "Хто очолює делегацію США?");

        var related = reply.Buttons.Where(b => b.Text.StartsWith("Пов'язане: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(related);
        Assert.All(related, b => Assert.Matches("^Пов'язане: [А-Яа-яІіЇїЄєҐґ]", b.Text));
        var share = reply.Buttons.Single(b => b.Raw.TryGetProperty("switch_inline_query", out _));
        Assert.Equal(UkrainianExample, share.Raw.GetProperty("switch_inline_query").GetString());
    }
}
