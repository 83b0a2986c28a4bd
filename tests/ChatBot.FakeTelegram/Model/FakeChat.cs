namespace ChatBot.FakeTelegram;

/// <summary>A chat: "private" (id = the user's id), "group" or "supergroup" (negative ids).</summary>
public sealed record FakeChat(
    long Id,
    string Type,
    string? Title = null,
    string? Username = null,
    string? FirstName = null,
    string? LastName = null)
{
    public bool IsPrivate => Type == "private";

    public static FakeChat PrivateWith(FakeUser user) =>
        new(user.Id, "private", Username: user.Username, FirstName: user.FirstName, LastName: user.LastName);
}
