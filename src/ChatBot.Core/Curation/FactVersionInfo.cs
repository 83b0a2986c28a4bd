using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation;

/// <summary>One stored version of a fact: who made it, when, by which action, and the fact as it was then.</summary>
public sealed record FactVersionInfo(int Version, string Action, string ChangedBy, DateTimeOffset ChangedAt, Fact Snapshot);
