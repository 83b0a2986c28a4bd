using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChatBot.FakeTelegram;

/// <summary>getChatMember, the bot's descriptions, and the inline results button's rules.</summary>
internal static partial class ProfileMethods
{
    public static ValueTask<ApiResult> GetChatMember(ApiCall call)
    {
        var chat = call.Chat();
        var userId = call.Long("user_id") ?? throw ApiError.BadRequest("user_id is empty");
        var user = call.World.Users.Find(userId) ?? throw ApiError.BadRequest("user not found");
        var status = call.World.Profile.MemberStatus(chat.Id, userId);
        return ValueTask.FromResult(new ApiResult(w => WriteMember(w, user, status)));
    }

    public static ValueTask<ApiResult> SetMyDescription(ApiCall call) => SetDescription(call, "description", 512);

    public static ValueTask<ApiResult> SetMyShortDescription(ApiCall call) => SetDescription(call, "short_description", 120);

    public static ValueTask<ApiResult> GetMyDescription(ApiCall call) => GetDescription(call, "description");

    public static ValueTask<ApiResult> GetMyShortDescription(ApiCall call) => GetDescription(call, "short_description");

    /// <summary>Telegram's rules for answerInlineQuery's "button": text, and a start_parameter of 1–64 of A–Z a–z 0–9 _ -.</summary>
    public static void CheckInlineButton(ApiCall call)
    {
        if (call.Json("button") is not { ValueKind: JsonValueKind.Object } button)
        {
            return;
        }
        if (button.ReadString("text") is not { Length: > 0 })
        {
            throw ApiError.BadRequest("BUTTON_TEXT_INVALID");
        }
        if (button.ReadString("start_parameter") is { } start && !StartParameter().IsMatch(start))
        {
            throw ApiError.BadRequest("START_PARAM_INVALID");
        }
        call.World.Profile.SetInlineButton(call.Str("inline_query_id") ?? "", button);
    }

    public static void WriteMember(Utf8JsonWriter w, FakeUser user, string status)
    {
        w.WriteStartObject();
        w.WriteString("status", status);
        w.WritePropertyName("user");
        WireWriter.User(w, user);
        if (status == "administrator")
        {
            foreach (var right in (string[])["can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
                "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories"])
            {
                w.WriteBoolean(right, right is "can_manage_chat" or "can_invite_users");
            }
        }
        else if (status == "creator")
        {
            w.WriteBoolean("is_anonymous", false);
        }
        else if (status == "restricted")
        {
            w.WriteBoolean("is_member", true);
            w.WriteNumber("until_date", 0);
        }
        w.WriteEndObject();
    }

    private static ValueTask<ApiResult> SetDescription(ApiCall call, string kind, int max)
    {
        var text = call.Str(kind) ?? "";
        if (text.Length > max)
        {
            throw ApiError.BadRequest(kind == "description" ? "BOT_DESCRIPTION_INVALID" : "BOT_SHORT_DESCRIPTION_INVALID");
        }
        call.World.Profile.SetDescription(kind, call.Str("language_code"), text);
        return ApiResult.TrueTask;
    }

    private static ValueTask<ApiResult> GetDescription(ApiCall call, string kind)
    {
        var text = call.World.Profile.Description(kind, call.Str("language_code"));
        return ValueTask.FromResult(new ApiResult(w =>
        {
            w.WriteStartObject();
            w.WriteString(kind, text);
            w.WriteEndObject();
        }));
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex StartParameter();
}
