namespace ChatBot.FakeTelegram;

/// <summary>One chat's history. Guarded by the ChatRegistry lock.</summary>
internal sealed class ChatState(FakeChat chat)
{
    public FakeChat Chat { get; } = chat;

    public int LastMessageId { get; set; }

    public Dictionary<int, FakeMessage> Messages { get; } = [];

    public List<int> BotMessageIds { get; } = [];
}
