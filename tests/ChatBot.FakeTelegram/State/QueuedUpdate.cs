namespace ChatBot.FakeTelegram;

/// <summary>An update waiting for confirmation; its JSON is fixed when it is queued.</summary>
internal sealed class QueuedUpdate(long id, string type, byte[] json)
{
    public long Id { get; } = id;

    public string Type { get; } = type;

    public byte[] Json { get; } = json;

    public int Deliveries { get; set; }

    /// <summary>The chat (else the user) the update belongs to, whose webhook POSTs go one after another; 0 when none.</summary>
    public long Chat => _chat ??= ChatOf(Json);

    private long? _chat;

    private static long ChatOf(byte[] json)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        foreach (var part in doc.RootElement.EnumerateObject())
        {
            if (part.Value.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                continue;
            }

            if (part.Value.TryGetProperty("chat", out var chat) && chat.TryGetProperty("id", out var id))
            {
                return id.GetInt64();
            }

            if (part.Value.TryGetProperty("message", out var message) && message.TryGetProperty("chat", out var inner) && inner.TryGetProperty("id", out var innerId))
            {
                return innerId.GetInt64();
            }

            if (part.Value.TryGetProperty("from", out var from) && from.TryGetProperty("id", out var user))
            {
                return user.GetInt64();
            }
        }

        return 0;
    }
}
