namespace ChatBot.FakeTelegram;

/// <summary>What an injected fault does to the request it hits. Build one with the factory methods.</summary>
public sealed record Fault
{
    private Fault(FaultKind kind) => Kind = kind;

    public FaultKind Kind { get; }

    public int StatusCode { get; private init; }

    public string Description { get; private init; } = "";

    public int? RetryAfterSeconds { get; private init; }

    public TimeSpan Delay { get; private init; }

    /// <summary>Send the body as nginx's HTML page instead of the JSON envelope (what Telegram's front does on a real 502).</summary>
    public bool HtmlBody { get; private init; }

    public static Fault TooManyRequests(int retryAfterSeconds) => new(FaultKind.Error)
    {
        StatusCode = 429,
        Description = $"Too Many Requests: retry after {retryAfterSeconds}",
        RetryAfterSeconds = retryAfterSeconds,
    };

    public static Fault BlockedByUser() => Error(403, "Forbidden: bot was blocked by the user");

    public static Fault InternalServerError() => Error(500, "Internal Server Error");

    public static Fault BadGateway(bool htmlBody = false) => Error(502, "Bad Gateway") with { HtmlBody = htmlBody };

    public static Fault Error(int statusCode, string description) => new(FaultKind.Error)
    {
        StatusCode = statusCode,
        Description = description,
    };

    public static Fault DropBeforeProcessing() => new(FaultKind.DropBeforeProcessing);

    public static Fault DropAfterProcessing() => new(FaultKind.DropAfterProcessing);

    public static Fault SlowResponse(TimeSpan delay) => new(FaultKind.SlowResponse) { Delay = delay };

    public static Fault DelayBeforeProcessing(TimeSpan delay) => new(FaultKind.DelayBeforeProcessing) { Delay = delay };

    public override string ToString() => Kind switch
    {
        FaultKind.Error => $"{StatusCode} \"{Description}\"",
        FaultKind.SlowResponse or FaultKind.DelayBeforeProcessing => $"{Kind} {Delay.TotalMilliseconds:0} ms",
        _ => Kind.ToString(),
    };
}
