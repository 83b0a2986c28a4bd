using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation;

/// <summary>One page of /facts: all facts in creation order, or those containing every word asked for.</summary>
public sealed record FactListing(IReadOnlyList<Fact> Facts, int Page, int Pages, int Total, string? Words);
