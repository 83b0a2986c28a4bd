namespace ChatBot.Core.Curation;

/// <summary>The Telegram user behind a change; <see cref="Label"/> is what version and audit rows record.</summary>
public sealed record Actor(long UserId, string Name)
{
    public string Label => string.IsNullOrWhiteSpace(Name) ? $"tg:{UserId}" : $"tg:{UserId} {Name.Trim()}";
}
