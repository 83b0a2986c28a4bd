using System.Globalization;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation.Parsing;

/// <summary>
/// Reads /addfact and /editfact messages: Q (repeatable), A, Quote (repeatable), Source, Tags, Notify, and the
/// translations Q[xx] (repeatable) and A[xx] for xx in <see cref="FactTranslation.Languages"/>.
/// </summary>
public static class FactMessageParser
{
    public static readonly IReadOnlyList<string> Fields = ["Q", "A", "Quote", "Source", "Tags", "Notify", "Version"];

    /// <summary>The fields that take a language tag.</summary>
    public static readonly IReadOnlyList<string> Translatable = ["Q", "A"];

    private static FieldSet Read(string body) => FieldReader.Read(body, Fields, null, Translatable, FactTranslation.Languages);

    public static CurationResult<FactDraft> ParseNew(string body)
    {
        var set = Read(body);
        var errors = new List<FieldError>(set.Errors);
        if (set.Has("Version"))
        {
            errors.Add(new FieldError("Version", new FieldProblem.VersionOnlyForEdit()));
        }
        var questions = Questions(set, errors);
        var answer = FieldValues.Single(set, "A", errors, null, multiLine: true);
        var quotes = Quotes(set, errors);
        if (!set.Has("Q"))
        {
            errors.Add(new FieldError("Q", new FieldProblem.QuestionMissing()));
        }
        if (!set.Has("Quote"))
        {
            errors.Add(new FieldError("Quote", new FieldProblem.QuoteMissing()));
        }
        if (!set.Has("Source"))
        {
            errors.Add(new FieldError("Source", new FieldProblem.SourceMissing()));
        }
        var tags = FieldValues.Tags(set, errors) ?? [];
        var notify = FieldValues.YesNo(set, "Notify", errors) ?? true;
        if (!set.Has("A") && set.Translated("A").FirstOrDefault() is { } alone)
        {
            errors.Add(new FieldError($"A[{alone.Language}]", new FieldProblem.TranslationWithoutAnswer(alone.LineNumber)));
        }
        var translations = Translations(set, questions ?? [], removable: false, errors);
        Validate(set, questions, answer, quotes, tags, errors);
        return errors.Count > 0
            ? CurationResult.Fail<FactDraft>(errors)
            : CurationResult.Ok(new FactDraft(questions!, answer!, quotes!, tags, notify)
            {
                Translations = FactTranslation.Normalize(translations.Select(t => t.Apply(null))),
            });
    }

    /// <param name="arguments">The rest of the command line: "&lt;id&gt;" and optionally the version, "v3" or "3".</param>
    public static CurationResult<FactEdit> ParseEdit(string arguments, string body)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var set = Read(body);
        var errors = new List<FieldError>(set.Errors);
        var args = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (args.Length == 0)
        {
            errors.Add(new FieldError(FieldNames.Id, new FieldProblem.EditIdMissing()));
        }
        var version = args.Length > 1 ? ParseVersion(args[1], errors) : null;
        if (args.Length > 2)
        {
            errors.Add(new FieldError(FieldNames.Id, new FieldProblem.UnexpectedAfterId(string.Join(' ', args[2..]))));
        }
        if (FieldValues.Single(set, "Version", errors, 12, required: false) is { } line)
        {
            var fromLine = ParseVersion(line, errors);
            if (version is not null && fromLine is not null && version != fromLine)
            {
                errors.Add(new FieldError("Version", new FieldProblem.VersionContradicts(fromLine.Value, version.Value)));
            }
            version ??= fromLine;
        }
        var questions = set.Has("Q") ? Questions(set, errors) : null;
        var answer = FieldValues.Single(set, "A", errors, null, required: false, multiLine: true);
        var quotes = set.Has("Quote") ? Quotes(set, errors) : null;
        var source = quotes is null && set.Has("Source") ? SourceRefs(set, errors).FirstOrDefault() : null;
        var tags = FieldValues.Tags(set, errors);
        var notify = FieldValues.YesNo(set, "Notify", errors);
        var translations = Translations(set, questions ?? [], removable: true, errors);
        Validate(set, questions, answer, quotes, tags, errors);
        if (errors.Count == 0 && questions is null && answer is null && quotes is null && source is null && tags is null && notify is null
            && translations.Count == 0)
        {
            errors.Add(new FieldError(FieldNames.Fields, new FieldProblem.NoFieldsGiven()));
        }
        return errors.Count > 0
            ? CurationResult.Fail<FactEdit>(errors)
            : CurationResult.Ok(new FactEdit(args[0], version, questions, answer, quotes, source, tags, notify) { Translations = translations.Count == 0 ? Array.Empty<TranslationEdit>() : translations });
    }

    /// <summary>The shared content rules, on the fields the message gives.</summary>
    private static void Validate(FieldSet set, List<string>? questions, string? answer, List<QuoteDraft>? quotes,
        IReadOnlyList<string>? tags, List<FieldError> errors) =>
        FactValidator.Check(
            new FactFields(set.Has("Q") ? questions : null, answer, set.Has("Quote") ? quotes?.Select(q => q.Text).ToList() : null, tags),
            FactValidator.MessageLabel, errors);

    /// <summary>
    /// The Q[xx]: and A[xx]: lines by language. With <paramref name="removable"/> (an edit), "-" removes: "A[uk]: -"
    /// the Ukrainian answer, "Q[uk]: -" every Ukrainian question.
    /// </summary>
    private static List<TranslationEdit> Translations(FieldSet set, IReadOnlyList<string> english, bool removable, List<FieldError> errors)
    {
        var edits = new List<TranslationEdit>();
        var keys = english.Select(QuestionKey.Of).ToHashSet(StringComparer.Ordinal);
        foreach (var language in FactTranslation.Languages)
        {
            var answers = set.Translated("A").Where(f => f.Language == language).ToList();
            var questionLines = set.Translated("Q").Where(f => f.Language == language).ToList();
            if (answers.Count == 0 && questionLines.Count == 0)
            {
                continue;
            }
            string? answer = null;
            if (answers.Count > 1)
            {
                errors.Add(new FieldError($"A[{language}]", new FieldProblem.GivenOnLines([.. answers.Select(a => a.LineNumber)])));
            }
            else if (answers.Count == 1)
            {
                var line = answers[0];
                if (line.Value.Length == 0 || FactValidator.IsInvisible(line.Value))
                {
                    errors.Add(new FieldError($"A[{language}]", removable
                        ? new FieldProblem.EmptyTranslationOnLine(line.LineNumber, language)
                        : new FieldProblem.EmptyOnLine(line.LineNumber)));
                }
                else if (line.Value == TranslationEdit.Remove && !removable)
                {
                    errors.Add(new FieldError($"A[{language}]", new FieldProblem.RemoveOnlyInEdit(line.LineNumber)));
                }
                else if (line.Value.Length > FieldLimits.Answer)
                {
                    errors.Add(new FieldError($"A[{language}]", new FieldProblem.TooLongOnLine(line.LineNumber, line.Value.Length, FieldLimits.Answer)));
                }
                else
                {
                    answer = line.Value;
                }
            }
            List<string>? questions = null;
            if (questionLines.Count > 0)
            {
                questions = [];
                if (removable && questionLines is [{ Value: TranslationEdit.Remove }])
                {
                    edits.Add(new TranslationEdit(language, answer, questions));
                    continue;
                }
                if (questionLines.Count > FieldLimits.TranslatedQuestions)
                {
                    errors.Add(new FieldError($"Q[{language}]", new FieldProblem.TooManyTranslatedQuestions(questionLines.Count, FieldLimits.TranslatedQuestions)));
                }
                foreach (var line in questionLines)
                {
                    var label = $"Q[{language}]";
                    if (line.Value.Length == 0 || FactValidator.IsInvisible(line.Value))
                    {
                        errors.Add(new FieldError(label, new FieldProblem.EmptyOnLine(line.LineNumber)));
                    }
                    else if (line.Value == TranslationEdit.Remove)
                    {
                        errors.Add(new FieldError(label, new FieldProblem.RemoveNotAlone(line.LineNumber, language)));
                    }
                    else if (FieldValues.Check(label, line.Value, errors, FieldLimits.Question, multiLine: false) is { } q)
                    {
                        if (!keys.Add(QuestionKey.Of(q)))
                        {
                            errors.Add(new FieldError(label, new FieldProblem.GivenTwiceOnLine(line.LineNumber, FieldReader.Shorten(q))));
                        }
                        else
                        {
                            questions.Add(q);
                        }
                    }
                }
            }
            edits.Add(new TranslationEdit(language, answer, questions));
        }
        return edits;
    }

    private static int? ParseVersion(string text, List<FieldError> errors)
    {
        var digits = text.StartsWith('v') || text.StartsWith('V') ? text[1..] : text;
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0)
        {
            return v;
        }
        errors.Add(new FieldError("Version", new FieldProblem.NotAVersion(FieldReader.Shorten(text))));
        return null;
    }

    private static List<string>? Questions(FieldSet set, List<FieldError> errors)
    {
        var list = new List<string>();
        foreach (var line in set.All("Q"))
        {
            if (line.Value.Length == 0)
            {
                errors.Add(new FieldError("Q", new FieldProblem.EmptyOnLine(line.LineNumber)));
            }
            else if (FieldValues.Check("Q", line.Value, errors, null, multiLine: false) is { } q)
            {
                list.Add(q);
            }
        }
        var duplicate = list.GroupBy(QuestionKey.Of, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            errors.Add(new FieldError("Q", new FieldProblem.GivenTwice(FieldReader.Shorten(duplicate.First()))));
        }
        return list;
    }

    /// <summary>Each quote cites the Source line above it; quotes above the first Source line cite that one.</summary>
    private static List<QuoteDraft>? Quotes(FieldSet set, List<FieldError> errors)
    {
        var sources = SourceRefs(set, errors);
        var quotes = new List<QuoteDraft>();
        string? current = sources.FirstOrDefault();
        foreach (var field in set.Fields)
        {
            if (string.Equals(field.Name, "Source", StringComparison.OrdinalIgnoreCase))
            {
                current = field.Value;
            }
            else if (string.Equals(field.Name, "Quote", StringComparison.OrdinalIgnoreCase))
            {
                if (field.Value.Length == 0)
                {
                    errors.Add(new FieldError("Quote", new FieldProblem.EmptyOnLine(field.LineNumber)));
                }
                else if (FieldValues.Check("Quote", field.Value, errors, null, multiLine: true) is { } q)
                {
                    quotes.Add(new QuoteDraft(q, current));
                }
            }
        }
        return quotes;
    }

    private static List<string> SourceRefs(FieldSet set, List<FieldError> errors)
    {
        var list = new List<string>();
        foreach (var line in set.All("Source"))
        {
            if (line.Value.Length == 0)
            {
                errors.Add(new FieldError("Source", new FieldProblem.SourceEmptyOnLine(line.LineNumber)));
            }
            else if (FieldValues.Check("Source", line.Value, errors, FieldLimits.Url, multiLine: false) is { } s)
            {
                list.Add(s);
            }
        }
        return list;
    }
}
