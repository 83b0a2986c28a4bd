using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation.Parsing;

/// <summary>
/// What an /editfact message changes in one language. <see cref="Answer"/>: null keeps the translated answer,
/// <see cref="Remove"/> ("A[uk]: -") takes it away, any other text replaces it. <see cref="Questions"/>: null keeps
/// the language's questions, a list replaces them (empty after "Q[uk]: -").
/// </summary>
public sealed record TranslationEdit(string Language, string? Answer, IReadOnlyList<string>? Questions)
{
    public const string Remove = "-";

    /// <summary>The translation after this edit, from <paramref name="current"/> (null: none yet).</summary>
    public FactTranslation Apply(FactTranslation? current) => new(
        Language,
        Answer is null ? current?.Answer : Answer == Remove ? null : Answer,
        Questions ?? current?.Questions ?? []);

    /// <summary>The translations of a fact after <paramref name="edits"/>.</summary>
    public static IReadOnlyList<FactTranslation> ApplyAll(IReadOnlyList<FactTranslation> current, IReadOnlyList<TranslationEdit> edits)
    {
        if (edits.Count == 0)
        {
            return current;
        }
        var byLanguage = current.ToDictionary(t => t.Language, StringComparer.Ordinal);
        foreach (var edit in edits)
        {
            byLanguage[edit.Language] = edit.Apply(byLanguage.GetValueOrDefault(edit.Language));
        }
        return FactTranslation.Normalize(byLanguage.Values);
    }
}
