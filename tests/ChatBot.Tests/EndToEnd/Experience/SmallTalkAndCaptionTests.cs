using ChatBot.FakeTelegram;

namespace ChatBot.Tests.EndToEnd.Experience;

/// <summary>Greetings get a friendly line, and captions of photos, videos and documents are read as questions.</summary>
public sealed class SmallTalkAndCaptionTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("hi", "Hi!")]
    [InlineData("Hello there 👋", "Hi!")]
    [InlineData("thanks!", "welcome")]
    [InlineData("Thank you so much", "welcome")]
    [InlineData("who are you?", "I'm a bot")]
    [InlineData("ok", "👍 Ask me anything else")]
    [InlineData("great, thanks", "welcome")]
    public async Task Small_talk_gets_one_friendly_line_with_an_example_question_and_never_the_refusal(string text, string expected)
    {
        var user = Fake.CreateUser("Sam");

        var reply = await _bot.AskAsync(user.Id, user.Id, text);

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.Entities, e => e.Type == "italic");
        Assert.DoesNotContain("verified fact", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', reply.Text!);
    }

    [Fact]
    public async Task A_question_that_starts_with_a_greeting_is_still_answered()
    {
        var user = Fake.CreateUser("Sam");

        var reply = await _bot.AskAsync(user.Id, user.Id, "hi, what was the ternopil death toll?");

        Assert.Contains("26", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_caption_of_a_photo_a_video_or_a_document_is_answered_as_a_question()
    {
        var user = Fake.CreateUser("Pat");

        Fake.EnqueuePhoto(user.Id, user.Id, new byte[32], caption: "ternopil death toll?");
        var photo = (await Fake.WaitForMessagesAsync(user.Id, 1, BotHarness.Patience))[0];
        Fake.EnqueueVideo(user.Id, user.Id, new byte[32], caption: "ternopil death toll?");
        var video = (await Fake.WaitForMessagesAsync(user.Id, 2, BotHarness.Patience))[1];
        Fake.EnqueueDocument(user.Id, user.Id, "shot.png", new byte[32], "image/png", caption: "ternopil death toll?");
        var document = (await Fake.WaitForMessagesAsync(user.Id, 3, BotHarness.Patience))[2];

        Assert.All([photo, video, document], m => Assert.Contains("26", m.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_photo_without_a_caption_is_asked_for_text()
    {
        var user = Fake.CreateUser("Pat");

        Fake.EnqueuePhoto(user.Id, user.Id, new byte[32]);
        var reply = (await Fake.WaitForMessagesAsync(user.Id, 1, BotHarness.Patience))[0];

        Assert.Contains("caption", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_group_a_caption_is_answered_only_when_it_mentions_the_bot()
    {
        var user = Fake.CreateUser("Gus");
        var group = Fake.CreateGroup("Watchers");

        Fake.EnqueuePhoto(group.Id, user.Id, new byte[32], caption: "ternopil death toll?");
        Fake.EnqueuePhoto(group.Id, user.Id, new byte[32], caption: "@test_chat_bot ternopil death toll?");
        var reply = (await Fake.WaitForMessagesAsync(group.Id, 1, BotHarness.Patience))[0];
        await Fake.WaitForUpdatesConfirmedAsync(BotHarness.Patience);
        Fake.EnqueueMessage(group.Id, user.Id, "/help");
        await Fake.WaitForMessagesAsync(group.Id, 2, BotHarness.Patience);

        Assert.Contains("26", reply.Text, StringComparison.Ordinal);
        Assert.Equal(2, Fake.SentMessageCount(group.Id));
        Assert.NotNull(reply.ReplyToMessageId);
    }
}
