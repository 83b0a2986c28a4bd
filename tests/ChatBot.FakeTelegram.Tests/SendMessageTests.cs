using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.FakeTelegram.Tests;

public sealed class SendMessageTests : FakeApiTestBase
{
    [Fact]
    public async Task Html_message_comes_back_with_a_blockquote_entity_and_a_date_that_deserialises()
    {
        var chat = Fake.CreatePrivateChat("Alice");

        var message = await Bot.SendMessage(chat.Id, "<b>Fact</b>\n<blockquote>Source: page 3</blockquote>", ParseMode.Html);

        Assert.Equal("Fact\nSource: page 3", message.Text);
        Assert.Contains(message.Entities!, e => e.Type == MessageEntityType.Blockquote && e.Offset == 5 && e.Length == 14);
        Assert.Contains(message.Entities!, e => e.Type == MessageEntityType.Bold && e.Offset == 0 && e.Length == 4);
        Assert.InRange(message.Date, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(ChatType.Private, message.Chat.Type);
        Assert.True(message.From!.IsBot);
        Assert.Equal(123456, message.From.Id);
    }

    [Fact]
    public async Task Message_is_recorded_with_its_parameters_and_time()
    {
        var chat = Fake.CreatePrivateChat();

        await Bot.SendMessage(chat.Id, "hello");

        var request = Fake.RequestsFor("sendMessage").Single();
        Assert.Equal(chat.Id, request.ChatId);
        Assert.Equal("hello", request.Param("text"));
        Assert.Equal(RequestOutcome.Succeeded, request.Outcome);
        Assert.InRange(request.Time, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow);
        Assert.Equal("hello", Fake.SentMessages(chat.Id).Single().Text);
    }

    [Fact]
    public async Task Malformed_html_fails_with_cant_parse_entities()
    {
        var chat = Fake.CreatePrivateChat();

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(chat.Id, "<b>unclosed", ParseMode.Html));

        Assert.Equal(400, ex.ErrorCode);
        Assert.StartsWith("Bad Request: can't parse entities:", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, Fake.SentMessageCount(chat.Id));
    }

    [Fact]
    public async Task Text_longer_than_4096_characters_after_parsing_is_too_long()
    {
        var chat = Fake.CreatePrivateChat();

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(chat.Id, new string('a', 4097)));

        Assert.Equal(400, ex.ErrorCode);
        Assert.Equal("Bad Request: message is too long", ex.Message);
    }

    [Fact]
    public async Task Limit_counts_the_text_left_after_tags_are_removed()
    {
        var chat = Fake.CreatePrivateChat();

        var message = await Bot.SendMessage(chat.Id, "<b>" + new string('a', 4096) + "</b>", ParseMode.Html);

        Assert.Equal(4096, message.Text!.Length);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("   \n ", null)]
    [InlineData("<b></b>", "HTML")]
    public async Task Empty_text_is_rejected(string text, string? parseMode)
    {
        var chat = Fake.CreatePrivateChat();
        var mode = parseMode is null ? ParseMode.None : ParseMode.Html;

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(chat.Id, text, mode));

        Assert.Equal("Bad Request: message text is empty", ex.Message);
    }

    [Theory]
    [InlineData(65)]
    [InlineData(0)]
    public async Task Callback_data_outside_1_to_64_bytes_is_BUTTON_DATA_INVALID(int length)
    {
        var chat = Fake.CreatePrivateChat();
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Go", new string('x', length)));

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(chat.Id, "pick", replyMarkup: keyboard));

        Assert.Equal(400, ex.ErrorCode);
        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", ex.Message);
    }

    [Fact]
    public async Task Callback_data_limit_is_in_utf8_bytes()
    {
        var chat = Fake.CreatePrivateChat();
        var ok = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Go", new string('x', 64)));
        var tooLong = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Go", new string('é', 33)));

        await Bot.SendMessage(chat.Id, "fits", replyMarkup: ok);
        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(chat.Id, "66 bytes", replyMarkup: tooLong));

        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", ex.Message);
    }

    [Fact]
    public async Task Keyboard_reply_and_link_preview_options_are_kept_on_the_message()
    {
        var user = Fake.CreateUser("Alice");
        var chat = Fake.CreatePrivateChat(user);
        var question = Fake.InjectedMessage(Fake.EnqueueMessage(chat.Id, user.Id, "question?"))!;
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("More", "more:1"));

        var sent = await Bot.SendMessage(
            chat.Id,
            "answer",
            replyParameters: new ReplyParameters { MessageId = question.MessageId },
            replyMarkup: keyboard,
            linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true });

        Assert.Equal(question.MessageId, sent.ReplyToMessage!.Id);
        Assert.Equal("more:1", sent.ReplyMarkup!.InlineKeyboard.Single().Single().CallbackData);
        var stored = Fake.SentMessages(chat.Id).Single();
        Assert.Equal(question.MessageId, stored.ReplyToMessageId);
        Assert.Equal("more:1", stored.InlineKeyboard[0][0].CallbackData);
        Assert.True(stored.LinkPreviewOptions!.Value.GetProperty("is_disabled").GetBoolean());
        Assert.Equal(JsonValueKind.Object, stored.ReplyMarkup!.Value.ValueKind);
    }

    [Fact]
    public async Task Replying_to_a_missing_message_fails_unless_allowed()
    {
        var chat = Fake.CreatePrivateChat();

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() =>
            Bot.SendMessage(chat.Id, "x", replyParameters: new ReplyParameters { MessageId = 99 }));
        var sent = await Bot.SendMessage(chat.Id, "y", replyParameters: new ReplyParameters { MessageId = 99, AllowSendingWithoutReply = true });

        Assert.Equal("Bad Request: message to be replied not found", ex.Message);
        Assert.Null(sent.ReplyToMessage);
    }

    [Fact]
    public async Task Message_ids_count_per_chat_and_include_user_messages()
    {
        var alice = Fake.CreatePrivateChat("Alice");
        var bob = Fake.CreatePrivateChat("Bob");

        var a1 = await Bot.SendMessage(alice.Id, "1");
        var a2 = await Bot.SendMessage(alice.Id, "2");
        var b1 = await Bot.SendMessage(bob.Id, "1");
        Fake.EnqueueMessage(alice.Id, alice.Id, "from Alice");
        var a4 = await Bot.SendMessage(alice.Id, "4");

        Assert.Equal([1, 2, 1, 4], new[] { a1.Id, a2.Id, b1.Id, a4.Id });
    }

    [Fact]
    public async Task Sending_to_a_chat_nobody_created_fails_with_chat_not_found()
    {
        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(42, "hi"));

        Assert.Equal(400, ex.ErrorCode);
        Assert.Equal("Bad Request: chat not found", ex.Message);
    }

    [Fact]
    public async Task Group_chats_have_negative_ids_and_group_types()
    {
        var supergroup = Fake.CreateGroup("Team");
        var group = Fake.CreateGroup("Old team", supergroup: false);

        var inSuper = await Bot.SendMessage(supergroup.Id, "hi");
        var inGroup = await Bot.SendMessage(group.Id, "hi");

        Assert.True(supergroup.Id < -1_000_000_000_000);
        Assert.Equal(ChatType.Supergroup, inSuper.Chat.Type);
        Assert.Equal("Team", inSuper.Chat.Title);
        Assert.True(group.Id < 0);
        Assert.Equal(ChatType.Group, inGroup.Chat.Type);
    }
}
