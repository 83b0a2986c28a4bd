namespace ChatBot.Core.Feedback;

/// <summary>The answers to "What was wrong?", as stored.</summary>
public static class DownVoteReason
{
    public const string Wrong = "wrong";
    public const string Outdated = "outdated";
    public const string Unanswered = "unanswered";

    public static IReadOnlyList<string> All { get; } = [Wrong, Outdated, Unanswered];
}
