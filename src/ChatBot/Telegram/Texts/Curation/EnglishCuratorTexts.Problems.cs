using System.Globalization;
using ChatBot.Core.Curation;
using ChatBot.Telegram.Commands.Admin;
using P = ChatBot.Core.Curation.FieldProblem;

namespace ChatBot.Telegram.Texts.Curation;

public sealed partial class EnglishCuratorTexts
{
    public string FieldLabel(FieldError fieldError)
    {
        ArgumentNullException.ThrowIfNull(fieldError);
        return fieldError.Problem switch
        {
            P.NotAFieldLine p => "line " + N(p.Line),
            P.ExportOutdated p => $"fact '{p.FactId}'",
            P.QuestionAlsoOf p => $"fact '{p.FactId}'",
            _ => fieldError.Field,
        };
    }

    public string MakeFactAction => "make a fact";

    public string AttachAction => "attach";

    public string DismissAction => "dismiss";

    public string HistoryAction(string action) => action;

    public string SeedActor => "seed";

    public string StatusChanged => "status";

    public string Problem(FieldProblem problem) => problem switch
    {
        P.LineMissing p => $"missing; add a line '{p.Name}: …'",
        P.QuestionMissing => "missing; add the question as 'Q: …'",
        P.QuoteMissing => "missing; add at least one 'Quote: …' copied verbatim from the source",
        P.SourceMissing => "missing; add 'Source: <source id or URL>'",
        P.SourceTextMissing => "missing; end the message with 'Text:' and the full text of the source, or send it as a .txt document",
        P.SourceTextTwice => "given both in the message and as a document; send one",
        P.EditIdMissing => "missing; write /editfact <id> and then the field lines to replace",
        P.NoFieldsGiven => "none given; add at least one of Q:, A:, Quote:, Source:, Tags:, Notify:, Q[uk]:, A[uk]:",
        P.GivenTimes p => $"given {N(p.Count)} times; give it once",
        P.GivenOnLines p => $"given {N(p.Lines.Count)} times (lines {Join(p.Lines)}); give it once",
        P.TagsGivenTimes p => $"given {N(p.Count)} times; list all tags on one line, separated by commas",
        P.Empty => "is empty",
        P.EmptyOnLine p => $"on line {N(p.Line)} is empty",
        P.EmptyTranslationOnLine p => $"on line {N(p.Line)} is empty; write 'A[{p.Language}]: -' to remove the translation",
        P.SourceEmptyOnLine p => $"on line {N(p.Line)} is empty; give a source id or URL",
        P.ContinuesOnNextLine p => $"continues on the next line ('{p.Extra}'); start every field on its own line with its name",
        P.TooLong p => $"is {N(p.Length)} characters; at most {N(p.Max)}",
        P.TooLongShown p => $"is {N(p.Length)} characters; at most {N(p.Max)} (\"{p.Start}\")",
        P.TooLongOnLine p => $"on line {N(p.Line)} is {N(p.Length)} characters; at most {N(p.Max)}",
        P.NotYesNo p => $"'{p.Value}' is not yes or no",
        P.VersionOnlyForEdit => "only /editfact takes a version",
        P.TranslationWithoutAnswer p =>
            $"on line {N(p.Line)} translates an answer the message does not give: add the English answer as 'A: …' first",
        P.UnexpectedAfterId p => $"unexpected '{p.Text}' after the id and version",
        P.VersionContradicts p => $"v{N(p.FromLine)} contradicts v{N(p.FromCommand)} on the command line",
        P.RemoveOnlyInEdit p => $"on line {N(p.Line)}: '-' removes a translation, which only /editfact does",
        P.RemoveNotAlone p =>
            $"on line {N(p.Line)}: '-' removes the language's questions only on its own, as the one Q[{p.Language}]: line of an /editfact",
        P.TooManyTranslatedQuestions p => $"{N(p.Count)} questions; at most {N(p.Max)} per language",
        P.GivenTwiceOnLine p => $"on line {N(p.Line)}: '{p.Question}' is given twice",
        P.GivenTwice p => $"'{p.Question}' is given twice",
        P.NotAVersion p => $"'{p.Text}' is not a version; use v3 or 3",
        P.NoLanguageTag p => $"on line {N(p.Line)}: '{p.Label}' takes no language tag; only " +
            (p.Translatable.Count > 0 ? string.Join(" and ", p.Translatable.Select(t => t + "[xx]:")) : "no field") + " may be translated",
        P.UnknownLanguageOnLine p => $"on line {N(p.Line)}: unknown language '{p.Tag}'; use one of {string.Join(", ", p.Languages)}",
        P.UnknownField p => $"unknown field on line {N(p.Line)}; did you mean '{p.Meant}:'? Fields are {string.Join(", ", p.Names)}.",
        P.NotAFieldLine p => $"'{p.Text}' is not a field line; start lines with one of {string.Join(", ", p.Names.Select(n => n + ":"))}",
        P.NotHttpLink p => $"'{p.Url}' is not an http(s) link",
        P.NotADate p => $"'{p.Text}' is not a date; use yyyy-mm-dd",
        P.QuoteTooShort p => $"\"{p.Quote}\" is too short to support a fact: copy a passage of at least " +
            $"{N(p.MinWords)} words and {N(p.MinLength)} characters, verbatim from the source",
        P.NoneGiven p => $"none given; a fact needs at least one of its {Parts(p.Part)}",
        P.TooMany p => $"{N(p.Count)} {Parts(p.Part)}; at most {N(p.Max)}. Keep the best {N(p.Max)}",
        P.NullText => "is missing (null); give the text or remove the entry",
        P.Invisible => "shows nothing: it is empty or only spaces and invisible characters (such as zero-width spaces); write the text",
        P.UnknownSource p => $"'{p.Reference}' is not a known source id or URL; add the source first with /addsource",
        P.NotVerbatim p => $"\"{p.Quote}\" is not verbatim in source '{p.SourceId}'. " +
            (p.Closest is null ? "No passage of the source shares a word with it." : $"Closest passage: \"{p.Closest}\""),
        P.QuestionTaken p => $"'{p.Question}' is already a question of fact '{p.FactId}'",
        P.IdTaken p => $"'{p.Id}' was taken by another admin a moment ago; send the message again",
        P.NoSuchFact p => $"there is no fact '{p.Id}'" + (p.SeeFacts ? "; see /facts" : ""),
        P.NoTranslationToRemove p => $"fact '{p.FactId}' has no {p.Language} answer to remove",
        P.NothingToChange p => $"nothing to change: fact '{p.FactId}' v{N(p.Version)} already says that",
        P.Stale p => $"fact '{p.FactId}' is now at v{N(p.Current)} but your change is based on v{N(p.Seen)}: someone changed it in the meantime. " +
            $"Nothing was changed; check /history {p.FactId} and send your change again against v{N(p.Current)}.",
        P.AlreadyRetired p => $"fact '{p.FactId}' is already retired; /restorefact {p.FactId} brings it back",
        P.NoSuchVersion p => $"fact '{p.FactId}' has no v{N(p.Wanted)}; it has v1 to v{N(p.Latest)}",
        P.AlreadyActive p => $"fact '{p.FactId}' is already active at v{N(p.Version)}; nothing to restore",
        P.SourceUrlTaken p => $"is already the source '{p.SourceId}'; cite it as 'Source: {p.SourceId}'",
        P.SourceAddedMeanwhile p => $"another admin just added this source ({p.Detail}); nothing changed",
        P.MissingArgument p => "missing; use " + Usage(p.Usage),
        P.UnexpectedArguments p => $"unexpected '{p.Text}'; use {Usage(p.Usage)}",
        P.AliasTakesQuestion p => $"/alias adds a question, written 'Q[xx]: …'; change a fact's {p.Label}[{p.Tag}] with /editfact",
        P.UnknownLanguage p => $"unknown language '{p.Language}'; use one of {string.Join(", ", p.Languages)}" +
            (p.EnglishUntagged ? ", or no tag for an English question" : ""),
        P.QuestionEmpty => "is empty; write the question after it",
        P.DashIsNoQuestion p => $"'-' is not a question; remove a language's questions with /editfact {p.FactId} and 'Q[{p.Language}]: -'",
        P.LanguageQuestionsFull p => $"fact '{p.FactId}' has {N(p.Count)} {p.Language} questions; at most " +
            $"{N(p.Max)} per language. Replace them with /editfact {p.FactId} and Q[{p.Language}]: lines",
        P.NoLongerInReport => "is no longer in the report (attached or dismissed already)",
        P.AttachTargetRetired p => $"fact '{p.FactId}' was retired after this report was sent; /restorefact {p.FactId} brings it back, " +
            "or attach the question to another fact with /alias <id> <question>",
        P.NoSourceSentence => "no longer gets a source sentence (the store changed); use /addfact",
        P.SynonymsNeedTwo => "give at least two different words: /synonym <word> <word> …",
        P.AlreadySynonyms p => "already synonyms: " + string.Join(' ', p.Words),
        P.SynonymsToRemoveMissing => "give the words to remove: /synonym remove <word> …",
        P.InNoSynonymGroup p => string.Join(' ', p.Words) + ": in no synonym group",
        P.NotASingleWord p => $"'{p.Word}' is not a single word",
        P.InvalidJson p => "is not valid JSON: " + p.Detail,
        P.NotAnExport p => $"the document is not a {p.Format} v{N(p.Version)} export; start from the file /export sends",
        P.NullEntry p => p.Entry switch
        {
            JsonEntry.Fact => "is null; each fact must be an object like those /export writes, or be left out",
            JsonEntry.Source => "is null; each source must be an object like those /export writes, or be left out",
            JsonEntry.Quote => "is null; a quote is {\"source\": \"<source id>\", \"text\": \"<passage>\"}",
            JsonEntry.Translation => "is null; give {\"answer\": \"…\", \"questions\": [\"…\"]} or leave the language out",
            JsonEntry.SynonymGroup => "is null; a synonym group is a list of single words",
            _ => "is null",
        },
        P.BadId => "id is missing or not lower-case letters, digits and dashes",
        P.IdTwice => "id is used twice in the document",
        P.PropertyMissing p => p.Name is null ? "is missing" : p.Name + " is missing",
        P.PropertyTooLong p => $"{p.Name} is {N(p.Length)} characters; at most {N(p.Max)}",
        P.PropertyNotADate p => $"{p.Name} '{p.Text}' is not a date; use yyyy-mm-dd",
        P.PropertyNotHttpLink p => $"{p.Name} '{p.Url}' is not an http(s) link",
        P.QuoteCitesUnknownSource p => $"quote cites unknown source '{p.Source}'",
        P.QuoteNotVerbatim p => $"quote \"{p.Quote}\" is not verbatim in source '{p.SourceId}'" +
            (p.Closest is null ? "" : $"; closest passage: \"{p.Closest}\""),
        P.BadStatus p => $"status '{p.Status}' is not active or retired",
        P.BadVersion p => $"version {N(p.Version)} is not a version",
        P.SourceChanged => "differs from the stored source with this id; sources cannot change (quotes were checked against them) — import it under a new id",
        P.UrlIsStoredSource p => $"url is already the stored source '{p.SourceId}'",
        P.TextMissingOrInvisible => "is missing or shows nothing; write the text or leave it out",
        P.ExportOutdated p => $"the document has v{N(p.DocumentVersion)} but the store is at v{N(p.StoreVersion)}: it changed since the export. " +
            "Export again and redo the edit.",
        P.QuestionAlsoOf p => $"question '{p.Question}' is also a question of fact '{p.OtherId}'",
        P.NotSingleWords => "must list single words",
        P.StoreChangedMeanwhile p => $"the store changed while importing ({p.Detail}); nothing was changed — export again and retry",
        DocumentProblem.Missing => "missing; send the JSON file from /export with /import as its caption, or reply /import to it",
        DocumentProblem.TooLarge p => $"is {N(p.Kilobytes)} KB; at most {N(p.MaxKilobytes)} KB",
        DocumentProblem.NotDownloaded p => "could not be downloaded from Telegram" +
            (p.ErrorCode is { } code ? $" (Telegram error {N(code)})" : "") + "; send the file again",
        DocumentProblem.NotUtf8 => "is not UTF-8 text",
        DocumentProblem.NotText p => $"the document is {p.MimeType}; send the source as a .txt file",
        DocumentProblem.OfSource p => "the document " + Problem(p.Problem),
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "a problem without English words"),
    };

    private static string Parts(FactPart part) => part switch
    {
        FactPart.Question => "questions (the question and its alternates)",
        FactPart.Quote => "quotes",
        FactPart.Answer => "answers",
        _ => "tags",
    };

    private static string Usage(CommandUsage usage) => usage switch
    {
        CommandUsage.Alias => "/alias <id> <question>, or /alias <id> Q[uk]: <question> for another language",
        CommandUsage.DelFact => "/delfact <id> [v<version>]",
        CommandUsage.RestoreFact => "/restorefact <id> [v<version to bring back>]",
        CommandUsage.History => "/history <id>",
        _ => "/editfact <id>",
    };

    private static string Join(IEnumerable<int> numbers) => string.Join(", ", numbers.Select(N));

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
