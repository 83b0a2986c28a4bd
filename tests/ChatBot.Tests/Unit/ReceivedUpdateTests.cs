using System.Text.Json;
using ChatBot.Core.Conversations;
using ChatBot.Telegram.Polling;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatBot.Tests.Unit;

/// <summary>The chat key a transport reads from the parsed update is the one the stores would read from its JSON.</summary>
public sealed class ReceivedUpdateTests
{
    [Theory]
    [InlineData("""{"update_id":1,"message":{"message_id":1,"date":0,"chat":{"id":-1001,"type":"supergroup","title":"T"},"from":{"id":7,"is_bot":false,"first_name":"A"},"text":"q"}}""")]
    [InlineData("""{"update_id":1,"message":{"message_id":1,"date":0,"chat":{"id":42,"type":"private","first_name":"A"},"from":{"id":42,"is_bot":false,"first_name":"A"},"text":"q"}}""")]
    [InlineData("""{"update_id":1,"edited_message":{"message_id":1,"date":0,"edit_date":1,"chat":{"id":-1001,"type":"supergroup","title":"T"},"from":{"id":7,"is_bot":false,"first_name":"A"},"text":"q"}}""")]
    [InlineData("""{"update_id":1,"channel_post":{"message_id":1,"date":0,"chat":{"id":-1002,"type":"channel","title":"C"},"text":"q"}}""")]
    [InlineData("""{"update_id":1,"my_chat_member":{"chat":{"id":-1003,"type":"group","title":"G"},"from":{"id":7,"is_bot":false,"first_name":"A"},"date":0,"old_chat_member":{"status":"left","user":{"id":9,"is_bot":true,"first_name":"B"}},"new_chat_member":{"status":"member","user":{"id":9,"is_bot":true,"first_name":"B"}}}}""")]
    [InlineData("""{"update_id":1,"callback_query":{"id":"x","from":{"id":7,"is_bot":false,"first_name":"A"},"chat_instance":"i","data":"d","message":{"message_id":1,"date":0,"chat":{"id":-1001,"type":"supergroup","title":"T"}}}}""")]
    [InlineData("""{"update_id":1,"callback_query":{"id":"x","from":{"id":7,"is_bot":false,"first_name":"A"},"chat_instance":"i","data":"d","inline_message_id":"m"}}""")]
    [InlineData("""{"update_id":1,"inline_query":{"id":"x","from":{"id":7,"is_bot":false,"first_name":"A"},"query":"q","offset":""}}""")]
    [InlineData("""{"update_id":1,"chosen_inline_result":{"result_id":"r","from":{"id":7,"is_bot":false,"first_name":"A"},"query":"q"}}""")]
    [InlineData("""{"update_id":1,"poll_answer":{"poll_id":"p","user":{"id":7,"is_bot":false,"first_name":"A"},"option_ids":[0]}}""")]
    [InlineData("""{"update_id":1,"poll":{"id":"p","question":"q","options":[],"total_voter_count":0,"is_closed":false,"is_anonymous":true,"type":"regular","allows_multiple_answers":false}}""")]
    public void The_chat_key_of_the_parsed_update_is_the_one_its_json_names(string payload)
    {
        var update = JsonSerializer.Deserialize<Update>(payload, JsonBotAPI.Options)!;

        Assert.Equal(ChatKey.Of(payload), ReceivedUpdate.ChatKeyOf(update));
        Assert.Equal(ChatKey.Of(payload), ChatKey.Of(ReceivedUpdate.Of(update).Payload));
    }

    [Fact]
    public void A_stored_update_given_its_chat_key_is_not_read_again_and_one_without_is_read_from_its_json()
    {
        const string Payload = """{"update_id":1,"message":{"message_id":1,"date":0,"chat":{"id":5,"type":"private","first_name":"A"},"text":"q"}}""";

        Assert.Equal("c5", new InboxUpdate(1, "Message", Payload, DateTimeOffset.UnixEpoch).Chat);
        Assert.Null(new InboxUpdate(1, "Message", Payload, DateTimeOffset.UnixEpoch) { Chat = null }.Chat);
    }
}
