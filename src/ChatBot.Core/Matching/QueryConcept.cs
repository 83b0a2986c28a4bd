namespace ChatBot.Core.Matching;

/// <summary>One meaningful word of a question: its concept key and the words a full-text search may use for it.</summary>
public sealed record QueryConcept(string Key, string Word, IReadOnlyList<string> SearchTerms, bool Corrected);
