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

    /// <summary>The fact in other languages (answer and questions), in <see cref="FactTranslation.Languages"/> order.</summary>
    public IReadOnlyList<FactTranslation> Translations { get; init; } = [];

    /// <summary>The fact's curated wording in <paramref name="language"/>, or null when there is none (or it is English).</summary>
    public FactTranslation? TranslationIn(string? language) =>
        language is null ? null : Translations.FirstOrDefault(t => t.Language == language);

    /// <summary>The curated answer in <paramref name="language"/>, or null when there is none (or it is English).</summary>
    public string? AnswerIn(string? language) => TranslationIn(language)?.Answer;

    /// <summary>Every translated question, for matching: they are indexed like alternates.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<string> TranslatedQuestions => Translations.SelectMany(t => t.Questions);
}
