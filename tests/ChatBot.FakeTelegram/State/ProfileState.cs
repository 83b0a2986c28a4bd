using System.Collections.Concurrent;
using System.Text.Json;

namespace ChatBot.FakeTelegram;

/// <summary>The bot's descriptions, chat members' statuses and the button each inline answer carried.</summary>
internal sealed class ProfileState
{
    private readonly ConcurrentDictionary<string, string> _descriptions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(long ChatId, long UserId), string> _members = new();
    private readonly ConcurrentDictionary<string, JsonElement> _inlineButtons = new(StringComparer.Ordinal);

    public void SetDescription(string kind, string? language, string text) => _descriptions[Key(kind, language)] = text;

    public string Description(string kind, string? language) =>
        _descriptions.GetValueOrDefault(Key(kind, language)) ?? (language is null ? "" : Description(kind, null));

    public void SetMember(long chatId, long userId, string status) => _members[(chatId, userId)] = status;

    /// <summary>Like Telegram: a user the fake was never told about is a plain member of a group, the "creator" of a private chat.</summary>
    public string MemberStatus(long chatId, long userId) =>
        _members.GetValueOrDefault((chatId, userId)) ?? (chatId == userId ? "creator" : "member");

    public void SetInlineButton(string queryId, JsonElement button) => _inlineButtons[queryId] = button.Clone();

    public JsonElement? InlineButton(string queryId) => _inlineButtons.TryGetValue(queryId, out var b) ? b : null;

    private static string Key(string kind, string? language) => kind + "/" + (language ?? "");
}
