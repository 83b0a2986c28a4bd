namespace ChatBot.FakeTelegram;

/// <summary>Telegram's documented broadcast limits, used when the fake enforces them.</summary>
public sealed record RateLimits(int GlobalPerSecond = 30, int PerChatPerSecond = 1, int PerGroupPerMinute = 20);
