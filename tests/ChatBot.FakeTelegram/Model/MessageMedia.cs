namespace ChatBot.FakeTelegram;

/// <summary>The attachment of a message. <see cref="Kind"/> is the Bot API field name: document, photo, video, sticker or voice.</summary>
public sealed record MessageMedia(string Kind, FakeFile File)
{
    public int? Width { get; init; }

    public int? Height { get; init; }

    public int? DurationSeconds { get; init; }

    public string? Emoji { get; init; }
}
