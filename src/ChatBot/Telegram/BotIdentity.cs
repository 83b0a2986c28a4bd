namespace ChatBot.Telegram;

/// <summary>Who the bot is on Telegram (from getMe at start-up); groups address it by this username.</summary>
public sealed class BotIdentity
{
    private volatile BotProfile? _profile;

    public BotProfile Profile => _profile ?? throw new InvalidOperationException("The bot's identity is read at start-up, before updates are handled.");

    public bool IsKnown => _profile is not null;

    public void Set(long id, string? username) => _profile = new BotProfile(id, username ?? "");
}
