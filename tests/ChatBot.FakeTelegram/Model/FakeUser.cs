namespace ChatBot.FakeTelegram;

/// <summary>A Telegram user (or the bot itself when <see cref="IsBot"/> is true).</summary>
public sealed record FakeUser(
    long Id,
    string FirstName,
    string? LastName = null,
    string? Username = null,
    string? LanguageCode = "en",
    bool IsBot = false);
