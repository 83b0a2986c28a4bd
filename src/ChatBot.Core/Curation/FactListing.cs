using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation;

/// <summary>
/// One page of /facts: all facts in creation order, or those containing every word asked for. <see cref="PageMissing"/>
/// when the page asked for is not among the <see cref="Pages"/>: then <see cref="Facts"/> is empty and <see cref="Page"/> the page asked for.
/// </summary>
public sealed record FactListing(IReadOnlyList<Fact> Facts, int Page, int Pages, int Total, string? Words)
{
    public bool PageMissing => Page < 1 || Page > Pages;
}
