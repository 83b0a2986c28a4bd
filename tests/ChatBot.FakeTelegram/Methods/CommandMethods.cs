using System.Text.Json;

namespace ChatBot.FakeTelegram;

internal static class CommandMethods
{
    public static ValueTask<ApiResult> SetMyCommands(ApiCall call)
    {
        if (call.Json("commands") is not { ValueKind: JsonValueKind.Array } array)
        {
            throw ApiError.BadRequest("field \"commands\" must be an Array");
        }

        if (array.GetArrayLength() > 100)
        {
            throw ApiError.BadRequest("BOT_COMMANDS_TOO_MUCH");
        }

        var commands = array.EnumerateArray().Select(ReadCommand).ToArray();
        call.World.Commands.Set(Key(call), commands);
        return ApiResult.TrueTask;
    }

    public static ValueTask<ApiResult> GetMyCommands(ApiCall call)
    {
        var commands = call.World.Commands.Get(Key(call));
        return ValueTask.FromResult(new ApiResult(w =>
        {
            w.WriteStartArray();
            foreach (var c in commands)
            {
                w.WriteStartObject();
                w.WriteString("command", c.Command);
                w.WriteString("description", c.Description);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }));
    }

    public static ValueTask<ApiResult> DeleteMyCommands(ApiCall call)
    {
        call.World.Commands.Delete(Key(call));
        return ApiResult.TrueTask;
    }

    public static ValueTask<ApiResult> SetChatMenuButton(ApiCall call)
    {
        var chatId = call.Str("chat_id") is null ? (long?)null : call.Chat().Id;
        call.World.Commands.SetMenuButton(chatId, call.Json("menu_button"));
        return ApiResult.TrueTask;
    }

    public static ValueTask<ApiResult> GetChatMenuButton(ApiCall call)
    {
        var chatId = call.Str("chat_id") is null ? (long?)null : call.Chat().Id;
        var button = call.World.Commands.GetMenuButton(chatId);
        return ValueTask.FromResult(new ApiResult(w =>
        {
            if (button is { } b)
            {
                b.WriteTo(w);
            }
            else
            {
                w.WriteStartObject();
                w.WriteString("type", "default");
                w.WriteEndObject();
            }
        }));
    }

    private static string Key(ApiCall call)
    {
        var scope = call.Json("scope");
        return CommandRegistry.Key(
            scope?.ReadString("type") ?? "default", scope?.ReadLong("chat_id"), scope?.ReadLong("user_id"), call.Str("language_code"));
    }

    private static BotCommandInfo ReadCommand(JsonElement json)
    {
        var command = json.ReadString("command") ?? "";
        var description = json.ReadString("description") ?? "";
        if (command.Length is < 1 or > 32 || command.Any(c => c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')))
        {
            throw ApiError.BadRequest("BOT_COMMAND_INVALID");
        }

        if (description.Length is < 1 or > 256)
        {
            throw ApiError.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID");
        }

        return new BotCommandInfo(command, description);
    }
}
