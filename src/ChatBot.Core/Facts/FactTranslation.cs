namespace ChatBot.Core.Facts;

/// <summary>
/// A fact in one more language (<see cref="Languages"/>): the answer a curator translated (null: none, the English
/// answer is shown under a note) and the questions askers of that language use, matched like alternates.
/// Quotes are never translated: they stay verbatim in their source's language.
/// </summary>
public sealed record FactTranslation(string Language, string? Answer, IReadOnlyList<string> Questions)
{
    /// <summary>The languages a fact may be translated into, in the order they are shown and stored.</summary>
    public static IReadOnlyList<string> Languages => Codes;

    private static readonly string[] Codes = ["uk", "ru", "de", "fr"];

    public bool Equals(FactTranslation? other) =>
        other is not null && Language == other.Language && Answer == other.Answer && Questions.SequenceEqual(other.Questions);

    public override int GetHashCode() => HashCode.Combine(Language, Answer, Questions.Count);

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Answer is null && Questions.Count == 0;

    /// <summary>Non-empty translations in <see cref="Languages"/> order.</summary>
    public static IReadOnlyList<FactTranslation> Normalize(IEnumerable<FactTranslation> translations)
    {
        var list = translations.Where(t => !t.IsEmpty).OrderBy(t => Order(t.Language)).ToList();
        return list.Count == 0 ? [] : list;
    }

    public static bool IsLanguage(string code) => Array.IndexOf(Codes, code) >= 0;

    private static int Order(string language) => Array.IndexOf(Codes, language) is var i and >= 0 ? i : int.MaxValue;
}
