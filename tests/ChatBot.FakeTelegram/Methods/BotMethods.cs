namespace ChatBot.FakeTelegram;

internal static class BotMethods
{
    public static ValueTask<ApiResult> True(ApiCall _) => ApiResult.TrueTask;

    public static ValueTask<ApiResult> GetMe(ApiCall call)
    {
        var bot = call.Bot;
        return ValueTask.FromResult(new ApiResult(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("id", bot.Id);
            w.WriteBoolean("is_bot", true);
            w.WriteString("first_name", bot.FirstName);
            WireWriter.Optional(w, "username", bot.Username);
            w.WriteBoolean("can_join_groups", true);
            w.WriteBoolean("can_read_all_group_messages", false);
            w.WriteBoolean("supports_inline_queries", true);
            w.WriteBoolean("can_connect_to_business", false);
            w.WriteBoolean("has_main_web_app", false);
            w.WriteEndObject();
        }));
    }

    public static ValueTask<ApiResult> GetFile(ApiCall call)
    {
        var file = call.Str("file_id") is { } id ? call.World.Files.Find(id) : null;
        if (file is null)
        {
            throw ApiError.BadRequest("invalid file_id");
        }

        return ValueTask.FromResult(new ApiResult(w => WireWriter.File(w, file)));
    }
}
