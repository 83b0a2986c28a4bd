using ChatBot.Core.Curation.Parsing;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation.Transfer;

/// <summary>
/// A fact's translation into one language as data/facts.json and /export write it, under "translations" keyed by
/// language: <c>"uk": {"answer": "…", "questions": ["…"]}</c>. Either part may be left out.
/// </summary>
public sealed record TranslationEntry(string? Answer, IReadOnlyList<string?>? Questions)
{
    public static IReadOnlyDictionary<string, TranslationEntry>? From(IReadOnlyList<FactTranslation> translations) =>
        translations.Count == 0
            ? null
            : translations.ToDictionary(t => t.Language, t => new TranslationEntry(t.Answer, t.Questions.Count == 0 ? null : [.. t.Questions]),
                StringComparer.Ordinal);

    /// <summary>
    /// The translations of the fact at <paramref name="path"/> ("facts[3]"), with an error for every language that is
    /// not one of <see cref="FactTranslation.Languages"/> and every text that is empty or too long.
    /// </summary>
    public static IReadOnlyList<FactTranslation> Check(IReadOnlyDictionary<string, TranslationEntry?>? entries, string path, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (entries is null)
        {
            return [];
        }
        var list = new List<FactTranslation>();
        foreach (var (language, entry) in entries)
        {
            var at = $"{path}.translations.{language}";
            if (!FactTranslation.IsLanguage(language))
            {
                errors.Add(new FieldError(at, new FieldProblem.UnknownLanguage(FieldReader.Shorten(language, 20), FactTranslation.Languages)));
                continue;
            }
            if (entry is null)
            {
                errors.Add(new FieldError(at, new FieldProblem.NullEntry(JsonEntry.Translation)));
                continue;
            }
            var before = errors.Count;
            if (entry.Answer is not null)
            {
                Text(at + ".answer", entry.Answer, FieldLimits.Answer);
            }
            var questions = entry.Questions ?? [];
            if (questions.Count > FieldLimits.TranslatedQuestions)
            {
                errors.Add(new FieldError(at + ".questions", new FieldProblem.TooManyTranslatedQuestions(questions.Count, FieldLimits.TranslatedQuestions)));
            }
            for (var i = 0; i < questions.Count; i++)
            {
                Text($"{at}.questions[{i}]", questions[i], FieldLimits.Question);
            }
            if (errors.Count == before)
            {
                list.Add(new FactTranslation(language, entry.Answer, [.. questions.Select(q => q!)]));
            }
        }
        return FactTranslation.Normalize(list);

        void Text(string at, string? value, int max)
        {
            if (value is null || FactValidator.IsInvisible(value))
            {
                errors.Add(new FieldError(at, new FieldProblem.TextMissingOrInvisible()));
            }
            else if (value.Length > max)
            {
                errors.Add(new FieldError(at, new FieldProblem.TooLong(value.Length, max)));
            }
        }
    }
}
