namespace ChatBot.Core.Tests.Quality;

/// <summary>
/// One question of a set. <see cref="Expect"/> is the fact that answers it, or null when none does (out of scope);
/// <see cref="Passage"/>, when given with a null <see cref="Expect"/>, is the source text that answers a question no
/// curated fact covers: declining is right, and a fact's answer is wrong.
/// </summary>
public sealed record QualityCase(string Question, string? Expect, string Style, string Set = "", string? Passage = null);
