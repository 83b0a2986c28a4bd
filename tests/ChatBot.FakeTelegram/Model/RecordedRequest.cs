using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatBot.FakeTelegram;

/// <summary>
/// One request to /bot{token}/{method}, recorded just before its response was written (or the connection dropped),
/// so a client that saw the response can already see the record.
/// </summary>
public sealed record RecordedRequest
{
    public required long Sequence { get; init; }

    /// <summary>The method in its canonical spelling ("sendMessage"), whatever case the client used.</summary>
    public required string Method { get; init; }

    public required string Token { get; init; }

    /// <summary>Query, form, multipart and JSON parameters merged into one object (form values that hold JSON are parsed).</summary>
    public required JsonElement Parameters { get; init; }

    public IReadOnlyList<UploadedFile> Files { get; init; } = [];

    /// <summary>Wall-clock time the request arrived.</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>Monotonic time since the fake started, at arrival.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>HTTP status sent; 0 when the connection was dropped before any response.</summary>
    public required int StatusCode { get; init; }

    public required RequestOutcome Outcome { get; init; }

    public string? ErrorDescription { get; init; }

    public long? ChatId => Parameters.ReadLong("chat_id");

    public bool Has(string name) => Parameters.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    /// <summary>A parameter as text: strings as they are, anything else as its JSON.</summary>
    public string? Param(string name) => Parameters.ReadString(name);

    public long? ParamAsLong(string name) => Parameters.ReadLong(name);

    public JsonElement? ParamAsJson(string name) => Parameters.ReadJson(name);

    /// <summary>A fresh mutable copy of <see cref="Parameters"/>.</summary>
    public JsonObject ParametersAsJsonObject() => JsonNode.Parse(Parameters.GetRawText())!.AsObject();

    public override string ToString() =>
        $"#{Sequence} {Method} -> {StatusCode} {Outcome}{(ErrorDescription is null ? "" : $" \"{ErrorDescription}\"")} {Shorten(Parameters.GetRawText())}";

    private static string Shorten(string s) => s.Length <= 160 ? s : s[..157] + "...";
}
