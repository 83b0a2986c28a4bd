namespace ChatBot.Core.Curation.Insights;

/// <summary>
/// A line of the /unanswered report. <see cref="Handle"/> identifies it in button data; <see cref="SuggestedFactId"/>
/// is the fact it most likely belongs to (null when nothing comes close); <see cref="Passage"/> the source sentence the
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
    string Language = Languages.QuestionLanguage.English);
