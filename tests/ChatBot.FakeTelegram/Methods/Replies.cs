namespace ChatBot.FakeTelegram;

/// <summary>reply_parameters (or the older reply_to_message_id) resolved to the message replied to.</summary>
internal static class Replies
{
    public static FakeMessage? Resolve(ApiCall call, FakeChat chat)
    {
        var parameters = call.Json("reply_parameters");
        var messageId = parameters?.ReadInt("message_id") ?? call.Int("reply_to_message_id");
        if (messageId is null)
        {
            return null;
        }

        var chatId = parameters?.ReadString("chat_id") is { } other ? call.World.Chats.ResolveForBot(other).Id : chat.Id;
        var allowMissing = parameters?.ReadBool("allow_sending_without_reply") ?? call.Bool("allow_sending_without_reply");
        var target = call.World.Chats.Find(chatId, messageId.Value);
        if (target is null || target.IsDeleted)
        {
            return allowMissing ? null : throw ApiError.BadRequest("message to be replied not found");
        }

        return target;
    }
}
