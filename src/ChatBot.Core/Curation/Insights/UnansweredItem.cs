namespace ChatBot.Core.Curation.Insights;

/// <summary>
/// A line of the /unanswered report. <see cref="Handle"/> identifies it in button data; <see cref="SuggestedFactId"/>
/// is the fact the bot answers it with now, at low confidence, which attaching only confirms (null when the bot does not
/// answer it: then <see cref="Closest"/> holds the nearest facts, none of which passed the matcher's checks, so a
/// near-miss such as "How old is X?" is never one tap away from an unrelated fact); <see cref="Passage"/> the source sentence the
/// bot quoted for it, which a curator can make a fact in one tap; <see cref="Language"/> the language it was read in
/// ("en", "uk", "ru", "de", "fr"), in which attaching adds it.
/// </summary>
public sealed record UnansweredItem(
    string Handle,
    string Key,
    string Text,
    int Count,
    DateTimeOffset LastAsked,
    string? SuggestedFactId,
    string? SuggestedQuestion,
    Answering.PassageAnswer? Passage = null,
    string Language = Languages.QuestionLanguage.English)
{
    public IReadOnlyList<ClosestFact> Closest { get; init; } = [];
}
