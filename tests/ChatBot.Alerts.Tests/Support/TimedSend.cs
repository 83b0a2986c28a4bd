using ChatBot.Core.Alerts;

namespace ChatBot.Alerts.Tests.Support;

public sealed record TimedSend(long ChatId, DateTimeOffset Start, DateTimeOffset End, SendResult Result);
