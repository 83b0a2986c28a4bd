using System.Text.Json;

namespace ChatBot.FakeTelegram;

/// <summary>One button of an inline keyboard, with the raw JSON for fields this record does not name.</summary>
public sealed record InlineButton(string Text, string? CallbackData, string? Url, JsonElement Raw);
