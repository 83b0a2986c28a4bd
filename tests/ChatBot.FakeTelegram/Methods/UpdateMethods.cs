using System.Text.Json;

namespace ChatBot.FakeTelegram;

internal static class UpdateMethods
{
    public static async ValueTask<ApiResult> GetUpdatesAsync(ApiCall call)
    {
        var requested = call.Int("limit") ?? 0;
        var limit = requested <= 0 ? 100 : Math.Min(requested, 100);
        var batch = await call.World.Updates.PollAsync(
            call.Long("offset") ?? 0, limit, call.Int("timeout") ?? 0, AllowedUpdates(call), call.Aborted);
        return new ApiResult(w =>
        {
            w.WriteStartArray();
            foreach (var update in batch)
            {
                w.WriteRawValue(update.Json, skipInputValidation: true);
            }

            w.WriteEndArray();
        });
    }

    public static ValueTask<ApiResult> SetWebhook(ApiCall call)
    {
        var url = call.Str("url") ?? "";
        if (url.Length > 0 && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            throw ApiError.BadRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }

        var state = url.Length == 0
            ? WebhookState.None
            : new WebhookState(url, AllowedUpdates(call), call.Int("max_connections"), call.Str("secret_token"));
        call.World.Updates.SetWebhook(state, call.Bool("drop_pending_updates"));
        return ValueTask.FromResult(ApiResult.True with { Description = url.Length == 0 ? "Webhook was deleted" : "Webhook was set" });
    }

    public static ValueTask<ApiResult> DeleteWebhook(ApiCall call)
    {
        var wasSet = call.World.Updates.Webhook.IsSet;
        call.World.Updates.SetWebhook(WebhookState.None, call.Bool("drop_pending_updates"));
        return ValueTask.FromResult(ApiResult.True with { Description = wasSet ? "Webhook was deleted" : "Webhook is already deleted" });
    }

    public static ValueTask<ApiResult> GetWebhookInfo(ApiCall call)
    {
        var hook = call.World.Updates.Webhook;
        var pending = call.World.Updates.PendingCount;
        return ValueTask.FromResult(new ApiResult(w =>
        {
            w.WriteStartObject();
            w.WriteString("url", hook.Url);
            w.WriteBoolean("has_custom_certificate", false);
            w.WriteNumber("pending_update_count", pending);
            if (call.World.Updates.LastWebhookError is { } error)
            {
                w.WriteNumber("last_error_date", error.At.ToUnixTimeSeconds());
                w.WriteString("last_error_message", error.Message);
            }

            if (hook.MaxConnections is { } max)
            {
                w.WriteNumber("max_connections", max);
            }

            if (hook.AllowedUpdates is { } allowed)
            {
                w.WriteStartArray("allowed_updates");
                foreach (var type in allowed)
                {
                    w.WriteStringValue(type);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }));
    }

    private static List<string>? AllowedUpdates(ApiCall call) =>
        call.Json("allowed_updates") is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
            : null;
}
