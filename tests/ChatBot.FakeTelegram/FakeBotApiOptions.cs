namespace ChatBot.FakeTelegram;

public sealed record FakeBotApiOptions
{
    public string BotFirstName { get; init; } = "ChatBot";

    public string BotUsername { get; init; } = "test_chat_bot";

    /// <summary>When set, every other token gets 401 Unauthorized (any well-formed token is accepted otherwise).</summary>
    public string? RequiredToken { get; init; }

    /// <summary>Let the bot send to chats no test created (real Telegram answers 400 "chat not found").</summary>
    public bool AutoCreateChats { get; init; }

    /// <summary>Answer 429 when a send would break <see cref="RateLimits"/>; can be switched later on the instance.</summary>
    public bool EnforceRateLimits { get; init; }

    public RateLimits RateLimits { get; init; } = new();

    public long FirstUpdateId { get; init; } = 1;

    /// <summary>The first wait after a failed webhook POST; it doubles per failure up to <see cref="WebhookMaxRetryDelay"/>.</summary>
    public TimeSpan WebhookRetryDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan WebhookMaxRetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Clock for message dates only; long polls, delays and rate windows always use real time.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
