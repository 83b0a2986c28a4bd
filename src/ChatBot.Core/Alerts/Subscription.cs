namespace ChatBot.Core.Alerts;

/// <summary>One topic a chat follows: a fact tag, or <see cref="All"/> for every update.</summary>
public sealed record Subscription(long ChatId, string Tag)
{
    public const string All = "*";

    public bool IsAll => Tag == All;
}
