using ChatBot.Core.Alerts;

namespace ChatBot.Alerts.Tests.Support;

public sealed record SentRecord(long ChatId, DateTimeOffset At, string Html, string? FactId, SendResult Result);
