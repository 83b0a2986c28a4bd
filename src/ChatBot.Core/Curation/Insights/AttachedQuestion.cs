using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation.Insights;

/// <summary>
/// A reported question attached to <see cref="Fact"/>: as an English alternate when <see cref="Language"/> is null,
/// else as a question of the fact's translation into that language.
/// </summary>
public sealed record AttachedQuestion(Fact Fact, string? Language);
