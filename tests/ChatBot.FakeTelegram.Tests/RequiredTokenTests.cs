using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace ChatBot.FakeTelegram.Tests;

public sealed class RequiredTokenTests : FakeApiTestBase
{
    protected override FakeBotApiOptions FakeOptions => new() { RequiredToken = Token, BotUsername = "other_bot" };

    [Fact]
    public async Task Only_the_required_token_is_accepted()
    {
        var me = await Bot.GetMe();
        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => NewClient(token: "999:WRONG").GetMe());

        Assert.Equal("other_bot", me.Username);
        Assert.Equal(401, ex.ErrorCode);
    }
}
