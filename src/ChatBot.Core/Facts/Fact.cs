namespace ChatBot.Core.Facts;

/// <summary>A curated, cited answer to one question.</summary>
public sealed record Fact(
    string Id,
    string Question,
    IReadOnlyList<string> Alternates,
    string Answer,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<string> Tags,
    DateOnly AsOf,
    FactStatus Status = FactStatus.Active,
    int Version = 1,
    string CreatedBy = "seed",
    DateTimeOffset CreatedAt = default,
    string UpdatedBy = "seed",
    DateTimeOffset UpdatedAt = default,
    bool Notify = true)
{
    /// <summary>Who the facts a store starts with (data/facts.json) are by.</summary>
    public const string SeedAuthor = "seed";

    public IEnumerable<string> AllQuestions => Alternates.Prepend(Question);
}
