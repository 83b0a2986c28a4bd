namespace ChatBot.Options;

/// <summary>How long what people asked is kept.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Questions (with the asker's user id) older than this are deleted by a daily prune.</summary>
    public int QuestionLogDays { get; set; } = 90;
}
