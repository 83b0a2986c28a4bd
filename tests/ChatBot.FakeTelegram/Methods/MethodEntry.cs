namespace ChatBot.FakeTelegram;

internal delegate ValueTask<ApiResult> ApiHandler(ApiCall call);

/// <summary>A Bot API method: canonical name, handler, and whether it delivers a message (counted for rate limits).</summary>
internal sealed record MethodEntry(string Name, ApiHandler Handler, bool CountsAsSend = false);
