namespace ChatBot.FakeTelegram;

internal sealed record FormattedText(string Text, IReadOnlyList<FakeEntity> Entities);
