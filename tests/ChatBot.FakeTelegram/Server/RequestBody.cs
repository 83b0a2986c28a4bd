using System.Text.Json;

namespace ChatBot.FakeTelegram;

internal sealed record RequestBody(JsonElement Parameters, IReadOnlyDictionary<string, UploadedFile> Files)
{
    public static RequestBody Empty { get; } = new(JsonSerializer.Deserialize<JsonElement>("{}"), new Dictionary<string, UploadedFile>());
}
