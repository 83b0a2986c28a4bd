namespace ChatBot.FakeTelegram;

/// <summary>An ok:false answer; thrown by method handlers, turned into the error envelope by the pipeline.</summary>
internal sealed class ApiError(int statusCode, string description, int? retryAfterSeconds = null) : Exception(description)
{
    public int StatusCode { get; } = statusCode;

    public int? RetryAfterSeconds { get; } = retryAfterSeconds;

    public static ApiError BadRequest(string detail) => new(400, "Bad Request: " + detail);

    public static ApiError TooManyRequests(int retryAfterSeconds) =>
        new(429, $"Too Many Requests: retry after {retryAfterSeconds}", retryAfterSeconds);

    public static ApiError ChatNotFound() => BadRequest("chat not found");

    public static ApiError NotFound() => new(404, "Not Found");

    public static ApiError Unauthorized() => new(401, "Unauthorized");
}
