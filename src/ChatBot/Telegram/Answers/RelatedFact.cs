namespace ChatBot.Telegram.Answers;

/// <summary>A fact offered under an answer as "Related", labelled with its (shortened) question.</summary>
public sealed record RelatedFact(string FactId, string Label);
