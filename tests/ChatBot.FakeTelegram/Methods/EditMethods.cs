using System.Text.Json;

namespace ChatBot.FakeTelegram;

internal static class EditMethods
{
    private const string NotModified =
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

    public static ValueTask<ApiResult> EditMessageText(ApiCall call)
    {
        var text = TextRules.Text(call.Str("text"), call.Str("parse_mode"), call.Json("entities"));
        var markup = call.Json("reply_markup");
        var keyboard = ReplyMarkupReader.Read(markup);
        if (call.Str("inline_message_id") is not null)
        {
            return ApiResult.TrueTask;
        }

        var edited = Edit(call, current =>
        {
            if (current.Text is null)
            {
                throw ApiError.BadRequest("there is no text in the message to edit");
            }

            if (current.Text == text.Text && current.Entities.SequenceEqual(text.Entities) && SameMarkup(current.ReplyMarkup, markup))
            {
                throw ApiError.BadRequest(NotModified);
            }

            // Like Telegram: an edit without reply_markup removes the inline keyboard.
            return current with
            {
                Text = text.Text,
                Entities = text.Entities,
                ReplyMarkup = markup,
                InlineKeyboard = keyboard,
                LinkPreviewOptions = call.Json("link_preview_options") ?? current.LinkPreviewOptions,
                ParseMode = call.Str("parse_mode"),
                EditDate = call.World.Now,
            };
        });
        return ValueTask.FromResult(ApiResult.Message(edited));
    }

    public static ValueTask<ApiResult> EditMessageReplyMarkup(ApiCall call)
    {
        var markup = call.Json("reply_markup");
        var keyboard = ReplyMarkupReader.Read(markup);
        if (call.Str("inline_message_id") is not null)
        {
            return ApiResult.TrueTask;
        }

        var edited = Edit(call, current => SameMarkup(current.ReplyMarkup, markup)
            ? throw ApiError.BadRequest(NotModified)
            : current with { ReplyMarkup = markup, InlineKeyboard = keyboard, EditDate = call.World.Now });
        return ValueTask.FromResult(ApiResult.Message(edited));
    }

    public static ValueTask<ApiResult> DeleteMessage(ApiCall call)
    {
        var chat = call.Chat();
        var messageId = call.Int("message_id") ?? throw ApiError.BadRequest("message identifier is not specified");
        call.World.Chats.Update(chat.Id, messageId, current => current is null || current.IsDeleted
            ? throw ApiError.BadRequest("message to delete not found")
            : current with { IsDeleted = true });
        return ApiResult.TrueTask;
    }

    private static FakeMessage Edit(ApiCall call, Func<FakeMessage, FakeMessage> change)
    {
        var chat = call.Chat();
        var messageId = call.Int("message_id") ?? throw ApiError.BadRequest("message identifier is not specified");
        return call.World.Chats.Update(chat.Id, messageId, current =>
        {
            if (current is null || current.IsDeleted)
            {
                throw ApiError.BadRequest("message to edit not found");
            }

            if (current.From.Id != call.Bot.Id)
            {
                throw ApiError.BadRequest("message can't be edited");
            }

            return change(current);
        });
    }

    private static bool SameMarkup(JsonElement? current, JsonElement? next)
    {
        var a = InlineKeyboardOf(current);
        var b = InlineKeyboardOf(next);
        return a is null || b is null ? a is null && b is null : JsonElement.DeepEquals(a.Value, b.Value);
    }

    // Only the inline keyboard belongs to a sent message; an empty one is the same as none.
    private static JsonElement? InlineKeyboardOf(JsonElement? markup) =>
        markup is { ValueKind: JsonValueKind.Object } m && m.TryGetProperty("inline_keyboard", out var k)
        && k.ValueKind == JsonValueKind.Array && k.GetArrayLength() > 0
            ? k
            : null;
}
