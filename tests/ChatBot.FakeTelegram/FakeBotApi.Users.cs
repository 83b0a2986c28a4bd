namespace ChatBot.FakeTelegram;

public sealed partial class FakeBotApi
{
    /// <summary>A new user with the next free id (from 1000001 up).</summary>
    public FakeUser CreateUser(string firstName = "Test", string? username = null, string? lastName = null, string? languageCode = "en") =>
        _world.Users.Create(firstName, username, lastName, languageCode);

    public FakeUser AddUser(FakeUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return _world.Users.Add(user);
    }

    public FakeUser? FindUser(long userId) => _world.Users.Find(userId);

    /// <summary>The private chat with <paramref name="user"/> (chat id = user id), created if needed.</summary>
    public FakeChat CreatePrivateChat(FakeUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        _world.Users.Add(user);
        return _world.Chats.AddChat(FakeChat.PrivateWith(user));
    }

    /// <summary>A new private chat with a new user: the shortest way to a chat the bot may write to.</summary>
    public FakeChat CreatePrivateChat(string firstName = "Test", string? username = null) =>
        CreatePrivateChat(CreateUser(firstName, username));

    /// <summary>A new group (negative id) or supergroup (-100… id).</summary>
    public FakeChat CreateGroup(string title = "Test group", bool supergroup = true) => _world.Chats.CreateGroup(title, supergroup);

    public FakeChat AddChat(FakeChat chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        return _world.Chats.AddChat(chat);
    }

    public FakeChat? FindChat(long chatId) => _world.Chats.FindChat(chatId);
}
