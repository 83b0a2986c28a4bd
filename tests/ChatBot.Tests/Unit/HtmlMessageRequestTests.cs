using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Telegram.Replies;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Tests.Unit;

/// <summary>The reply request the bot writes itself says to the Bot API what Telegram.Bot's own sendMessage would.</summary>
public sealed class HtmlMessageRequestTests
{
    public static TheoryData<string, int?, InlineKeyboardMarkup?> Replies() => new()
    {
        { "<b>42</b> killed — «Тернопіль» 👍 \"quoted\" \\ & more", null, null },
        { "an answer", 17, null },
        {
            "with buttons", null, new InlineKeyboardMarkup([
                [InlineKeyboardButton.WithCallbackData("👍", "v:1:up"), InlineKeyboardButton.WithCallbackData("👎", "v:1:down")],
                [InlineKeyboardButton.WithSwitchInlineQuery("Ask elsewhere", "")],
            ])
        },
        {
            "a button of another kind", 3, new InlineKeyboardMarkup([
                [InlineKeyboardButton.WithUrl("Source", "https://example.org/a"), InlineKeyboardButton.WithCallbackData("More", "m")],
            ])
        },
    };

    [Theory]
    [MemberData(nameof(Replies))]
    public async Task Its_body_is_the_json_object_telegram_bots_own_request_writes(string text, int? replyTo, InlineKeyboardMarkup? keyboard)
    {
        var theirs = new SendMessageRequest
        {
            ChatId = -1001234,
            Text = text,
            ParseMode = ParseMode.Html,
            LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
            ReplyParameters = replyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null,
            ReplyMarkup = keyboard,
        };

        var ours = await BodyAsync(new HtmlMessageRequest(-1001234, text, replyTo, keyboard).ToHttpContent());
        var expected = await BodyAsync(theirs.ToHttpContent()!);

        Assert.True(JsonNode.DeepEquals(expected, ours), $"expected {expected.ToJsonString()}, written {ours.ToJsonString()}");
    }

    [Fact]
    public void Its_reply_gives_the_sent_message_id_chat_and_date()
    {
        const string reply = """
            {"ok":true,"result":{"message_id":815,"from":{"id":99,"is_bot":true,"first_name":"Bot","username":"test_bot"},
             "chat":{"id":-1001234,"title":"Newsroom","type":"supergroup"},"date":1765130000,"text":"an answer",
             "entities":[{"offset":0,"length":2,"type":"bold"}],"link_preview_options":{"is_disabled":true},
             "reply_markup":{"inline_keyboard":[[{"text":"👍","callback_data":"v:1:up"}]]}}}
            """;

        var sent = JsonSerializer.Deserialize<ApiResponse<HtmlMessageRequest.Sent>>(reply, JsonBotAPI.Options)!.Result!.ToMessage();

        Assert.Equal(815, sent.Id);
        Assert.Equal(-1001234, sent.Chat.Id);
        Assert.Equal(ChatType.Supergroup, sent.Chat.Type);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1765130000).UtcDateTime, sent.Date);
    }

    // Telegram reads parse_mode without regard to case; Telegram.Bot writes "Html".
    private static async Task<JsonNode> BodyAsync(HttpContent content)
    {
        var node = JsonNode.Parse(await content.ReadAsStringAsync())!;
        node["parse_mode"] = node["parse_mode"]!.GetValue<string>().ToUpperInvariant();
        return node;
    }
}
