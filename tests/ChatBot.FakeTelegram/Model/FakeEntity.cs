namespace ChatBot.FakeTelegram;

/// <summary>A message entity; <see cref="Offset"/> and <see cref="Length"/> count UTF-16 code units, as Telegram does.</summary>
public sealed record FakeEntity(
    string Type,
    int Offset,
    int Length,
    string? Url = null,
    FakeUser? User = null,
    string? Language = null,
    string? CustomEmojiId = null)
{
    public int End => Offset + Length;

    /// <summary>The part of <paramref name="text"/> this entity covers.</summary>
    public string Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Offset, Length);
    }
}
