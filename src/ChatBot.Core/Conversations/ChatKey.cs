using System.Text.Json;

namespace ChatBot.Core.Conversations;

/// <summary>
/// What orders an update: its chat (or, for updates outside a chat, its user), read from the stored Bot API JSON.
/// Null when the update names neither (a poll's state): it is then ordered against nothing.
/// </summary>
public static class ChatKey
{
    private static readonly string[] InChat =
        ["message", "edited_message", "channel_post", "edited_channel_post", "business_message", "edited_business_message",
         "my_chat_member", "chat_member", "chat_join_request", "message_reaction", "message_reaction_count"];

    private static readonly string[] FromUser = ["inline_query", "chosen_inline_result", "shipping_query", "pre_checkout_query", "poll_answer"];

    public static string? Of(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            foreach (var kind in InChat)
            {
                if (Id(root, kind, "chat") is { } chat)
                {
                    return $"c{chat}";
                }
            }
            if (root.TryGetProperty("callback_query", out var callback))
            {
                // A button press belongs to the chat of the message it is under, so it waits for that chat's questions.
                if (Id(callback, "message", "chat") is { } chat)
                {
                    return $"c{chat}";
                }
                if (Id(root, "callback_query", "from") is { } presser)
                {
                    return $"u{presser}";
                }
            }
            foreach (var kind in FromUser)
            {
                if (Id(root, kind, "from") is { } user)
                {
                    return $"u{user}";
                }
            }
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static long? Id(JsonElement parent, string property, string child) =>
        parent.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.Object
        && p.TryGetProperty(child, out var c) && c.ValueKind == JsonValueKind.Object
        && c.TryGetProperty("id", out var id) && id.TryGetInt64(out var value) ? value : null;
}
