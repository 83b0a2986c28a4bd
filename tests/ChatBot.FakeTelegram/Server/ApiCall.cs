using System.Text.Json;

namespace ChatBot.FakeTelegram;

/// <summary>One parsed request handed to a method handler.</summary>
internal sealed class ApiCall(FakeWorld world, string method, string token, RequestBody body, CancellationToken aborted)
{
    public FakeWorld World { get; } = world;

    public string Method { get; } = method;

    public string Token { get; } = token;

    public JsonElement Params { get; } = body.Parameters;

    public IReadOnlyDictionary<string, UploadedFile> Files { get; } = body.Files;

    public CancellationToken Aborted { get; } = aborted;

    public FakeUser Bot => World.BotFor(Token);

    public string? Str(string name) => Params.ReadString(name);

    public long? Long(string name) => Params.ReadLong(name);

    public int? Int(string name) => Params.ReadInt(name);

    public bool Bool(string name) => Params.ReadBool(name);

    public JsonElement? Json(string name) => Params.ReadJson(name);

    public FakeChat Chat() => World.Chats.ResolveForBot(Str("chat_id"));
}
