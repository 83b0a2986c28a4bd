namespace ChatBot.FakeTelegram;

/// <summary>An update waiting for confirmation; its JSON is fixed when it is queued.</summary>
internal sealed class QueuedUpdate(long id, string type, byte[] json)
{
    public long Id { get; } = id;

    public string Type { get; } = type;

    public byte[] Json { get; } = json;

    public int Deliveries { get; set; }
}
