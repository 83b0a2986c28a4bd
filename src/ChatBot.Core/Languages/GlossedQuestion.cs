namespace ChatBot.Core.Languages;

/// <summary>The question as matched (English words) and the language it was asked in.</summary>
public sealed record GlossedQuestion(string Text, string Language);
