using System.Text.Json;

namespace ChatBot.FakeTelegram;

/// <summary>
/// A message as the fake holds it: sent by the bot (<see cref="IsFromBot"/>) or injected by a test.
/// Edits replace the stored record, so a lookup always shows what a user would see now.
/// </summary>
public sealed record FakeMessage
{
    public required FakeChat Chat { get; init; }

    public required int MessageId { get; init; }

    public required FakeUser From { get; init; }

    public required DateTimeOffset Date { get; init; }

    /// <summary>The API method that created it ("sendMessage", "sendDocument", …), or "user" for injected messages.</summary>
    public required string CreatedBy { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<FakeEntity> Entities { get; init; } = [];

    public string? Caption { get; init; }

    public IReadOnlyList<FakeEntity> CaptionEntities { get; init; } = [];

    public MessageMedia? Media { get; init; }

    /// <summary>The reply_markup exactly as the bot sent it (inline keyboard, reply keyboard, remove or force reply).</summary>
    public JsonElement? ReplyMarkup { get; init; }

    public IReadOnlyList<IReadOnlyList<InlineButton>> InlineKeyboard { get; init; } = [];

    /// <summary>The message this one replies to, as it was when this one was sent.</summary>
    public FakeMessage? ReplyTo { get; init; }

    public JsonElement? LinkPreviewOptions { get; init; }

    public string? ParseMode { get; init; }

    public DateTimeOffset? EditDate { get; init; }

    public bool IsDeleted { get; init; }

    public long ChatId => Chat.Id;

    public bool IsFromBot => From.IsBot;

    public int? ReplyToMessageId => ReplyTo?.MessageId;

    /// <summary>Every button of the inline keyboard, row by row.</summary>
    public IEnumerable<InlineButton> Buttons => InlineKeyboard.SelectMany(row => row);
}
