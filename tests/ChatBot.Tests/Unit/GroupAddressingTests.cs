using ChatBot.Telegram;
using ChatBot.Telegram.Conversation;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Tests.Unit;

public sealed class GroupAddressingTests
{
    private static readonly BotProfile Bot = new(99, "peace_bot");

    [Theory]
    [InlineData("@peace_bot who leads the delegation?", true)]
    [InlineData("@PEACE_BOT who leads the delegation?", true)]
    [InlineData("@other_bot who leads the delegation?", false)]
    [InlineData("who leads the delegation?", false)]
    public void In_a_group_only_a_mention_of_this_bot_addresses_it(string text, bool addressed)
    {
        var message = Group(text);

        Assert.Equal(addressed, GroupAddressing.IsAddressed(message, Bot));
    }

    [Fact]
    public void The_mention_is_removed_from_the_question_wherever_it_is()
    {
        Assert.Equal("who leads the delegation?", GroupAddressing.QuestionText(Group("@peace_bot, who leads the delegation?"), Bot));
        Assert.Equal("who leads the delegation?", GroupAddressing.QuestionText(Group("who leads the delegation? @peace_bot"), Bot));
    }

    [Fact]
    public void A_reply_to_the_bot_addresses_it_and_private_chats_always_do()
    {
        var reply = Group("and the date?");
        reply.ReplyToMessage = new Message { From = new User { Id = Bot.Id, IsBot = true, FirstName = "Bot" } };
        var direct = Group("hello");
        direct.Chat = new Chat { Id = 5, Type = ChatType.Private };

        Assert.True(GroupAddressing.IsAddressed(reply, Bot));
        Assert.True(GroupAddressing.IsAddressed(direct, Bot));
    }

    private static Message Group(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var length = at < 0 ? 0 : text.IndexOfAny([' ', ','], at) is var end and > 0 ? end - at : text.Length - at;
        return new Message
        {
            Chat = new Chat { Id = -100, Type = ChatType.Supergroup },
            From = new User { Id = 1, FirstName = "U" },
            Text = text,
            Entities = at < 0 ? null : [new MessageEntity { Type = MessageEntityType.Mention, Offset = at, Length = length }],
        };
    }
}
