namespace ChatBot.Core.Curation;

/// <summary>How a question of the unanswered report was dealt with, so it leaves the report.</summary>
public sealed record QuestionResolution(string QuestionKey, string Kind, string? FactId)
{
    public const string Dismissed = "dismissed";
    public const string Alias = "alias";
}
