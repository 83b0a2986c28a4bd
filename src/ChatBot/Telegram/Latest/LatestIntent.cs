using ChatBot.Telegram.Answers;

namespace ChatBot.Telegram.Latest;

/// <summary>Questions that mean "/latest": asked in words, they get the list of changes rather than a fact.</summary>
public static class LatestIntent
{
    private static readonly HashSet<string> Phrases = new(
    [
        "what s new", "whats new", "what is new", "anything new", "any news", "any updates", "what s the latest",
        "whats the latest", "what is the latest", "the latest", "latest", "latest news", "news", "what changed",
        "what has changed", "what s changed", "whats changed", "what s new today", "whats new today",
    ], StringComparer.Ordinal);

    public static bool Matches(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        // Every question passes here; only short ones can be one of the phrases.
        if (question.Length > 40)
        {
            return false;
        }
        var normal = AnswerLayout.Normalize(question);
        // "Hi, what's new?" and "so what's new" ask the same.
        foreach (var lead in (string[])["hi ", "hey ", "hello ", "so ", "and ", "ok "])
        {
            if (normal.StartsWith(lead, StringComparison.Ordinal))
            {
                normal = normal[lead.Length..];
            }
        }
        return Phrases.Contains(normal);
    }
}
