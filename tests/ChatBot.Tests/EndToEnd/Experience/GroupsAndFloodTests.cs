using ChatBot.FakeTelegram;

namespace ChatBot.Tests.EndToEnd.Experience;

/// <summary>Group alerts belong to the group's administrators; the bot introduces itself; the flood limit counts questions only.</summary>
public sealed class GroupsAndFloodTests : IAsyncLifetime
{
    private const long Admin = 4242;
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(new()
    {
        AdminIds = [Admin],
        Settings = new Dictionary<string, string?> { ["Bot:QuestionsPerMinute"] = "2" },
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Only_a_group_administrator_may_subscribe_or_unsubscribe_the_group()
    {
        var member = Fake.CreateUser("Mo");
        var owner = Fake.CreateUser("Olga");
        var group = Fake.CreateGroup("Newsroom");
        Fake.SetChatMemberStatus(group.Id, owner.Id, "administrator");

        var refused = await _bot.AskAsync(group.Id, member.Id, "/subscribe");
        var accepted = await _bot.AskAsync(group.Id, owner.Id, "/subscribe");
        var refusedOff = await _bot.AskAsync(group.Id, member.Id, "/unsubscribe");
        var acceptedOff = await _bot.AskAsync(group.Id, owner.Id, "/unsubscribe");

        Assert.Contains("administrators", refused.Text, StringComparison.Ordinal);
        Assert.Contains("administrators", refusedOff.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("administrators", accepted.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("administrators", acceptedOff.Text, StringComparison.Ordinal);
        Assert.Equal(4, Fake.RequestsFor("getChatMember").Count);
        Assert.All(Fake.RequestsFor("getChatMember"), r => Assert.Equal(group.Id, r.ChatId));
    }

    [Fact]
    public async Task A_private_chat_subscribes_without_asking_telegram_who_is_admin()
    {
        var user = Fake.CreateUser("Pia");

        var reply = await _bot.AskAsync(user.Id, user.Id, "/subscribe");

        Assert.DoesNotContain("administrators", reply.Text, StringComparison.Ordinal);
        Assert.Empty(Fake.RequestsFor("getChatMember"));
    }

    [Fact]
    public async Task Added_to_a_group_the_bot_posts_a_two_line_intro_on_how_to_ask_there()
    {
        var user = Fake.CreateUser("Abe");
        var group = Fake.CreateGroup("New friends");

        Fake.EnqueueBotAddedToGroup(group.Id, user.Id);
        var intro = (await Fake.WaitForMessagesAsync(group.Id, 1, BotHarness.Patience))[0];

        Assert.Equal(2, intro.Text!.Split('\n').Length);
        Assert.Contains("@test_chat_bot", intro.Text, StringComparison.Ordinal);
        Assert.Contains("reply to one of my messages", intro.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_limited_user_is_told_once_and_can_still_use_help_start_unsubscribe_and_buttons()
    {
        var user = Fake.CreateUser("Flo");

        await _bot.AskAsync(user.Id, user.Id, "/help");
        await _bot.AskAsync(user.Id, user.Id, "/start");
        await _bot.AskAsync(user.Id, user.Id, "ternopil death toll?");
        await _bot.AskAsync(user.Id, user.Id, "who leads the delegation?");
        var notice = await _bot.AskAsync(user.Id, user.Id, "ternopil death toll?");
        Fake.EnqueueMessage(user.Id, user.Id, "ternopil death toll?");
        var help = await _bot.AskAsync(user.Id, user.Id, "/help");
        var unsubscribe = await _bot.AskAsync(user.Id, user.Id, "/unsubscribe");
        var start = await _bot.AskAsync(user.Id, user.Id, "/start");

        Assert.Contains("faster than I can keep up", notice.Text, StringComparison.Ordinal);
        Assert.Contains("How to use me", help.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("faster", unsubscribe.Text, StringComparison.Ordinal);
        Assert.Contains("Hello", start.Text, StringComparison.Ordinal);
        Assert.Equal(1, Fake.SentMessages(user.Id).Count(m => m.Text!.Contains("faster", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_button_press_is_answered_even_over_the_limit()
    {
        var user = Fake.CreateUser("Bea");
        var question = await Questions.WithAlternativesAsync(_bot);
        var offer = await _bot.AskAsync(user.Id, user.Id, question);
        await _bot.AskAsync(user.Id, user.Id, question);
        await _bot.AskAsync(user.Id, user.Id, question);
        var button = offer.Buttons.First(b => b.CallbackData?.StartsWith("f:", StringComparison.Ordinal) == true);

        var seen = Fake.SentMessageCount(user.Id);
        var press = Fake.EnqueueCallbackQuery(user.Id, offer, button.CallbackData!);
        await Fake.WaitForMessagesAsync(user.Id, seen + 1, BotHarness.Patience);

        Assert.True(Fake.IsQueryAnswered(press.QueryId));
    }

    [Fact]
    public async Task An_admin_is_never_limited()
    {
        for (var i = 0; i < 4; i++)
        {
            var reply = await _bot.AskAsync(Admin, Admin, "ternopil death toll?");
            Assert.Contains("26", reply.Text, StringComparison.Ordinal);
        }
    }
}
