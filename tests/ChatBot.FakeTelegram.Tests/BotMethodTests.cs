using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.FakeTelegram.Tests;

public sealed class BotMethodTests : FakeApiTestBase
{
    [Fact]
    public async Task Commands_set_by_the_bot_can_be_read_back_and_deleted()
    {
        BotCommand[] commands = [new() { Command = "start", Description = "Start" }, new() { Command = "help", Description = "Help" }];

        await Bot.SetMyCommands(commands);
        var read = await Bot.GetMyCommands();
        var seenByTest = Fake.GetMyCommands();
        await Bot.DeleteMyCommands();

        Assert.Equal(["start", "help"], read.Select(c => c.Command));
        Assert.Equal(new BotCommandInfo("help", "Help"), seenByTest[1]);
        Assert.Empty(await Bot.GetMyCommands());
    }

    [Fact]
    public async Task Commands_are_kept_per_scope_and_language()
    {
        await Bot.SetMyCommands([new() { Command = "hilfe", Description = "Hilfe" }], BotCommandScope.AllPrivateChats(), "de");

        Assert.Empty(Fake.GetMyCommands());
        Assert.Equal("hilfe", Fake.GetMyCommands("all_private_chats", "de").Single().Command);
    }

    [Fact]
    public async Task Invalid_command_name_is_BOT_COMMAND_INVALID()
    {
        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SetMyCommands([new() { Command = "Start!", Description = "x" }]));

        Assert.Equal("Bad Request: BOT_COMMAND_INVALID", ex.Message);
    }

    [Fact]
    public async Task Chat_action_menu_button_close_and_logout_answer_true()
    {
        var chat = Fake.CreatePrivateChat();

        await Bot.SendChatAction(chat.Id, ChatAction.Typing);
        await Bot.SetChatMenuButton(chat.Id, new MenuButtonCommands());
        var button = await Bot.GetChatMenuButton(chat.Id);
        await Bot.Close();
        await Bot.LogOut();

        Assert.IsType<MenuButtonCommands>(button);
        Assert.Equal(
            ["sendChatAction", "setChatMenuButton", "getChatMenuButton", "close", "logOut"],
            Fake.Requests.Select(r => r.Method));
        Assert.All(Fake.Requests, r => Assert.Equal(RequestOutcome.Succeeded, r.Outcome));
    }
}
