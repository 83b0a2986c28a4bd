using System.Text.Json;

namespace ChatBot.FakeTelegram;

/// <summary>What a method answers inside {"ok":true,"result":…}; written straight to the response.</summary>
internal sealed record ApiResult(Action<Utf8JsonWriter> WriteResult, string? Description = null)
{
    public static ApiResult True { get; } = new(static w => w.WriteBooleanValue(true));

    public static ValueTask<ApiResult> TrueTask => ValueTask.FromResult(True);

    public static ApiResult Message(FakeMessage message) => new(w => WireWriter.Message(w, message));
}
