using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation;

/// <summary>A fact's next version, written only if the stored fact is still at <see cref="ExpectedVersion"/>.</summary>
public sealed record FactUpdate(Fact Fact, int ExpectedVersion);
