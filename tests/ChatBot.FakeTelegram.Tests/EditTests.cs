using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.FakeTelegram.Tests;

public sealed class EditTests : FakeApiTestBase
{
    [Fact]
    public async Task Edit_returns_the_edited_message()
    {
        var chat = Fake.CreatePrivateChat();
        var sent = await Bot.SendMessage(chat.Id, "draft");

        var edited = await Bot.EditMessageText(chat.Id, sent.Id, "<i>final</i>", ParseMode.Html);

        Assert.Equal(sent.Id, edited.Id);
        Assert.Equal("final", edited.Text);
        Assert.Equal(MessageEntityType.Italic, Assert.Single(edited.Entities!).Type);
        Assert.NotNull(edited.EditDate);
    }

    [Fact]
    public async Task Editing_to_the_same_content_fails_with_message_is_not_modified()
    {
        var chat = Fake.CreatePrivateChat();
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("A", "a"));
        var sent = await Bot.SendMessage(chat.Id, "same", replyMarkup: keyboard);

        var text = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.EditMessageText(chat.Id, sent.Id, "same", replyMarkup: keyboard));
        var markup = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.EditMessageReplyMarkup(chat.Id, sent.Id, keyboard));

        Assert.StartsWith("Bad Request: message is not modified: ", text.Message, StringComparison.Ordinal);
        Assert.StartsWith("Bad Request: message is not modified: ", markup.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_an_unknown_message_fails_with_message_to_edit_not_found()
    {
        var chat = Fake.CreatePrivateChat();

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.EditMessageText(chat.Id, 77, "x"));

        Assert.Equal(400, ex.ErrorCode);
        Assert.Equal("Bad Request: message to edit not found", ex.Message);
    }

    [Fact]
    public async Task Edit_reply_markup_replaces_the_keyboard()
    {
        var chat = Fake.CreatePrivateChat();
        var sent = await Bot.SendMessage(chat.Id, "choose");

        var edited = await Bot.EditMessageReplyMarkup(chat.Id, sent.Id, new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("B", "b")));

        Assert.Equal("b", edited.ReplyMarkup!.InlineKeyboard.Single().Single().CallbackData);
        Assert.Equal("b", Fake.SentMessages(chat.Id).Single().InlineKeyboard[0][0].CallbackData);
    }

    [Fact]
    public async Task User_messages_cannot_be_edited()
    {
        var user = Fake.CreateUser();
        Fake.EnqueueMessage(user.Id, user.Id, "mine");

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.EditMessageText(user.Id, 1, "yours"));

        Assert.Equal("Bad Request: message can't be edited", ex.Message);
    }

    [Fact]
    public async Task Deleted_messages_are_flagged_and_cannot_be_deleted_or_edited_again()
    {
        var chat = Fake.CreatePrivateChat();
        var sent = await Bot.SendMessage(chat.Id, "oops");

        await Bot.DeleteMessage(chat.Id, sent.Id);
        var again = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.DeleteMessage(chat.Id, sent.Id));
        var edit = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.EditMessageText(chat.Id, sent.Id, "fixed"));

        Assert.True(Fake.SentMessages(chat.Id).Single().IsDeleted);
        Assert.Equal("Bad Request: message to delete not found", again.Message);
        Assert.Equal("Bad Request: message to edit not found", edit.Message);
    }
}
