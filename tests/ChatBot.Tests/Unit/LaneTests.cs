using System.Text.Json;
using ChatBot.Core.Conversations;
using ChatBot.Telegram.Polling;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatBot.Tests.Unit;

/// <summary>The in-process lane of an update and the stores' chat key (read from the stored JSON) name the same chat or user.</summary>
public sealed class LaneTests
{
    [Theory]
    [InlineData("""{"update_id":1,"message":{"message_id":1,"date":0,"chat":{"id":-1001,"type":"supergroup","title":"T"},"from":{"id":7,"is_bot":false,"first_name":"A"},"text":"q"}}""", -1001)]
    [InlineData("""{"update_id":1,"edited_message":{"message_id":1,"date":0,"edit_date":1,"chat":{"id":-1001,"type":"supergroup","title":"T"},"from":{"id":7,"is_bot":false,"first_name":"A"},"text":"q"}}""", -1001)]
    [InlineData("""{"update_id":1,"channel_post":{"message_id":1,"date":0,"chat":{"id":-1002,"type":"channel","title":"C"},"text":"q"}}""", -1002)]
    [InlineData("""{"update_id":1,"callback_query":{"id":"x","from":{"id":7,"is_bot":false,"first_name":"A"},"chat_instance":"i","data":"d","message":{"message_id":1,"date":0,"chat":{"id":-1001,"type":"supergroup","title":"T"}}}}""", -1001)]
    [InlineData("""{"update_id":1,"callback_query":{"id":"x","from":{"id":7,"is_bot":false,"first_name":"A"},"chat_instance":"i","data":"d","inline_message_id":"m"}}""", 7)]
    [InlineData("""{"update_id":1,"inline_query":{"id":"x","from":{"id":7,"is_bot":false,"first_name":"A"},"query":"q","offset":""}}""", 7)]
    [InlineData("""{"update_id":1,"chosen_inline_result":{"result_id":"r","from":{"id":7,"is_bot":false,"first_name":"A"},"query":"q"}}""", 7)]
    public void The_lane_is_the_chat_or_user_the_stores_chat_key_names(string payload, long lane)
    {
        var update = JsonSerializer.Deserialize<Update>(payload, JsonBotAPI.Options)!;

        Assert.Equal(lane, WorkItem.LaneOf(update));
        Assert.EndsWith(lane.ToString(System.Globalization.CultureInfo.InvariantCulture), ChatKey.Of(payload), StringComparison.Ordinal);
    }
}
