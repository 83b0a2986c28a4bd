using ChatBot.Core.Conversations;

namespace ChatBot.Core.Tests.Conversations;

public sealed class ChatKeyTests
{
    [Theory]
    [InlineData("""{"update_id":1,"message":{"chat":{"id":42}}}""", "c42")]
    [InlineData("""{"update_id":1,"edited_message":{"chat":{"id":-1001}}}""", "c-1001")]
    [InlineData("""{"update_id":1,"callback_query":{"from":{"id":7},"message":{"chat":{"id":42}}}}""", "c42")]
    [InlineData("""{"update_id":1,"callback_query":{"from":{"id":7},"inline_message_id":"x"}}""", "u7")]
    [InlineData("""{"update_id":1,"inline_query":{"from":{"id":7},"query":"q"}}""", "u7")]
    public void An_update_is_ordered_by_its_chat_or_else_its_user(string payload, string expected) =>
        Assert.Equal(expected, ChatKey.Of(payload));

    [Theory]
    [InlineData("""{"update_id":1,"poll":{"id":"p"}}""")]
    [InlineData("not json")]
    [InlineData("[]")]
    public void An_update_that_names_no_chat_or_user_is_ordered_against_nothing(string payload) =>
        Assert.Null(ChatKey.Of(payload));
}
