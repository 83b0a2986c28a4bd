namespace ChatBot.Options;

/// <summary>How the bot behaves towards users, whatever the transport.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>Telegram user ids allowed to run admin-only commands.</summary>
    public List<long> AdminUserIds { get; set; } = [];

    /// <summary>Questions one user may ask per minute before getting a single "slow down" notice.</summary>
    public int QuestionsPerMinute { get; set; } = 20;

    /// <summary>Longer messages get a "please ask a shorter question" reply instead of an answer.</summary>
    public int MaxQuestionLength { get; set; } = 1000;

    /// <summary>Handling an update is retried this many times after a crash before it is set aside as failed.</summary>
    public int MaxUpdateAttempts { get; set; } = 3;

    /// <summary>Updates handled at the same time (one at a time per chat).</summary>
    public int MaxConcurrentUpdates { get; set; } = 16;

    public bool IsAdmin(long? userId) => userId is { } id && AdminUserIds.Contains(id);
}
