using System.Text;
using System.Text.Json;

namespace ChatBot.FakeTelegram;

internal static class QueryMethods
{
    private static readonly HashSet<string> ChatActions =
    [
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice", "upload_document",
        "choose_sticker", "find_location", "record_video_note", "upload_video_note",
    ];

    public static ValueTask<ApiResult> SendChatAction(ApiCall call)
    {
        _ = call.Chat();
        if (call.Str("action") is not { } action || !ChatActions.Contains(action))
        {
            throw ApiError.BadRequest("wrong parameter action in request");
        }

        return ApiResult.TrueTask;
    }

    public static ValueTask<ApiResult> AnswerCallbackQuery(ApiCall call)
    {
        if (call.Str("text") is { Length: > 200 })
        {
            throw ApiError.BadRequest("MESSAGE_TOO_LONG");
        }

        call.World.Queries.Answer(call.Str("callback_query_id"));
        return ApiResult.TrueTask;
    }

    public static ValueTask<ApiResult> AnswerInlineQuery(ApiCall call)
    {
        if (call.Json("results") is not { ValueKind: JsonValueKind.Array } results)
        {
            throw ApiError.BadRequest("field \"results\" must be an Array");
        }

        if (results.GetArrayLength() > 50)
        {
            throw ApiError.BadRequest("RESULTS_TOO_MUCH");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in results.EnumerateArray())
        {
            var id = result.ReadString("id");
            if (result.ReadString("type") is null || id is null || Encoding.UTF8.GetByteCount(id) is < 1 or > 64)
            {
                throw ApiError.BadRequest("RESULT_ID_INVALID");
            }

            if (!ids.Add(id))
            {
                throw ApiError.BadRequest("RESULT_ID_DUPLICATE");
            }
        }

        ProfileMethods.CheckInlineButton(call);
        call.World.Queries.Answer(call.Str("inline_query_id"));
        return ApiResult.TrueTask;
    }
}
