using ChatBot.Core.Facts;

namespace ChatBot.Core.Changes;

/// <summary>One stored version of a fact with the version before it (null for the first).</summary>
public sealed record FactVersionPair(Fact Current, Fact? Previous, string Action, DateTimeOffset ChangedAt);
