namespace ChatBot.Core.Curation;

/// <summary>The commands whose usage a <see cref="FieldProblem.MissingArgument"/> points to.</summary>
public enum CommandUsage
{
    Alias,
    DelFact,
    RestoreFact,
    History,
    EditFact,
}

/// <summary>
/// What is wrong with one field, as data: the host words it in the curator's language. Texts carried here are what
/// the admin wrote (already shortened for display), ids, field names and counts, never interface wording.
/// </summary>
public abstract record FieldProblem
{
    // Fields of an admin message.

    /// <summary>A required "Name: …" line is absent.</summary>
    public sealed record LineMissing(string Name) : FieldProblem;

    /// <summary>No Q: line in /addfact.</summary>
    public sealed record QuestionMissing : FieldProblem;

    /// <summary>No Quote: line in /addfact.</summary>
    public sealed record QuoteMissing : FieldProblem;

    /// <summary>No Source: line where a quote needs one.</summary>
    public sealed record SourceMissing : FieldProblem;

    /// <summary>No Text: in /addsource, nor a document.</summary>
    public sealed record SourceTextMissing : FieldProblem;

    /// <summary>Text: in the message and a document as well.</summary>
    public sealed record SourceTextTwice : FieldProblem;

    /// <summary>/editfact without an id.</summary>
    public sealed record EditIdMissing : FieldProblem;

    /// <summary>/editfact with nothing to replace.</summary>
    public sealed record NoFieldsGiven : FieldProblem;

    public sealed record GivenTimes(int Count) : FieldProblem;

    public sealed record GivenOnLines(IReadOnlyList<int> Lines) : FieldProblem;

    /// <summary>Tags: on more than one line.</summary>
    public sealed record TagsGivenTimes(int Count) : FieldProblem;

    public sealed record Empty : FieldProblem;

    public sealed record EmptyOnLine(int Line) : FieldProblem;

    /// <summary>An empty A[xx]: in /editfact, where "-" would remove the translation.</summary>
    public sealed record EmptyTranslationOnLine(int Line, string Language) : FieldProblem;

    public sealed record SourceEmptyOnLine(int Line) : FieldProblem;

    /// <summary>A one-line field whose value runs onto the next line; <see cref="Extra"/> is that line, shortened.</summary>
    public sealed record ContinuesOnNextLine(string Extra) : FieldProblem;

    public sealed record TooLong(int Length, int Max) : FieldProblem;

    /// <summary>Too long, with the start of the text so the admin finds it.</summary>
    public sealed record TooLongShown(int Length, int Max, string Start) : FieldProblem;

    public sealed record TooLongOnLine(int Line, int Length, int Max) : FieldProblem;

    public sealed record NotYesNo(string Value) : FieldProblem;

    /// <summary>Version: in a command other than /editfact.</summary>
    public sealed record VersionOnlyForEdit : FieldProblem;

    /// <summary>A[xx]: without the English A: it translates.</summary>
    public sealed record TranslationWithoutAnswer(int Line) : FieldProblem;

    /// <summary>Words after "/editfact id v2"; <see cref="Text"/> as written.</summary>
    public sealed record UnexpectedAfterId(string Text) : FieldProblem;

    public sealed record VersionContradicts(int FromLine, int FromCommand) : FieldProblem;

    /// <summary>"-" (remove) outside /editfact.</summary>
    public sealed record RemoveOnlyInEdit(int Line) : FieldProblem;

    /// <summary>"Q[xx]: -" next to other Q[xx]: lines.</summary>
    public sealed record RemoveNotAlone(int Line, string Language) : FieldProblem;

    public sealed record TooManyTranslatedQuestions(int Count, int Max) : FieldProblem;

    public sealed record GivenTwiceOnLine(int Line, string Question) : FieldProblem;

    public sealed record GivenTwice(string Question) : FieldProblem;

    public sealed record NotAVersion(string Text) : FieldProblem;

    /// <summary>A language tag on a field that is not translated; <see cref="Translatable"/> the fields that are ("Q", "A").</summary>
    public sealed record NoLanguageTag(int Line, string Label, IReadOnlyList<string> Translatable) : FieldProblem;

    public sealed record UnknownLanguageOnLine(int Line, string Tag, IReadOnlyList<string> Languages) : FieldProblem;

    /// <summary>A misspelt field name; <see cref="Meant"/> the likely one of <see cref="Names"/>.</summary>
    public sealed record UnknownField(int Line, string Meant, IReadOnlyList<string> Names) : FieldProblem;

    /// <summary>A line before any field; the field of its <see cref="FieldError"/> is empty, the line is <see cref="Line"/>.</summary>
    public sealed record NotAFieldLine(int Line, string Text, IReadOnlyList<string> Names) : FieldProblem;

    public sealed record NotHttpLink(string Url) : FieldProblem;

    public sealed record NotADate(string Text) : FieldProblem;

    // A fact's content (FactValidator).

    public sealed record QuoteTooShort(string Quote, int MinWords, int MinLength) : FieldProblem;

    public sealed record NoneGiven(FactPart Part) : FieldProblem;

    public sealed record TooMany(FactPart Part, int Count, int Max) : FieldProblem;

    /// <summary>A null entry in a JSON list of texts.</summary>
    public sealed record NullText : FieldProblem;

    /// <summary>Empty, or only spaces and invisible characters.</summary>
    public sealed record Invisible : FieldProblem;

    // Checks against the store.

    public sealed record UnknownSource(string Reference) : FieldProblem;

    public sealed record NotVerbatim(string Quote, string SourceId, string? Closest) : FieldProblem;

    public sealed record QuestionTaken(string Question, string FactId) : FieldProblem;

    public sealed record IdTaken(string Id) : FieldProblem;

    /// <param name="SeeFacts">Whether to point to /facts.</param>
    public sealed record NoSuchFact(string Id, bool SeeFacts = true) : FieldProblem;

    public sealed record NoTranslationToRemove(string FactId, string Language) : FieldProblem;

    public sealed record NothingToChange(string FactId, int Version) : FieldProblem;

    /// <summary>Someone changed the fact after the admin read it.</summary>
    public sealed record Stale(string FactId, int Current, int Seen) : FieldProblem;

    public sealed record AlreadyRetired(string FactId) : FieldProblem;

    public sealed record NoSuchVersion(string FactId, int Wanted, int Latest) : FieldProblem;

    public sealed record AlreadyActive(string FactId, int Version) : FieldProblem;

    public sealed record SourceUrlTaken(string SourceId) : FieldProblem;

    /// <summary>The source was added by someone else between the check and the write; <see cref="Detail"/> is the store's note.</summary>
    public sealed record SourceAddedMeanwhile(string? Detail) : FieldProblem;

    // Command arguments.

    public sealed record MissingArgument(CommandUsage Usage) : FieldProblem;

    public sealed record UnexpectedArguments(string Text, CommandUsage Usage) : FieldProblem;

    /// <summary>/alias with a tagged field that is not Q[xx]:.</summary>
    public sealed record AliasTakesQuestion(string Label, string Tag) : FieldProblem;

    /// <param name="EnglishUntagged">Whether an English question is written without a tag (/alias).</param>
    public sealed record UnknownLanguage(string Language, IReadOnlyList<string> Languages, bool EnglishUntagged = false) : FieldProblem;

    /// <summary>An empty translated question in /alias.</summary>
    public sealed record QuestionEmpty : FieldProblem;

    /// <summary>"Q[xx]: -" in /alias.</summary>
    public sealed record DashIsNoQuestion(string FactId, string Language) : FieldProblem;

    public sealed record LanguageQuestionsFull(string FactId, int Count, string Language, int Max) : FieldProblem;

    public sealed record NoLongerInReport : FieldProblem;

    /// <summary>A report's attach button names a fact retired since the report was sent.</summary>
    public sealed record AttachTargetRetired(string FactId) : FieldProblem;

    public sealed record NoSourceSentence : FieldProblem;

    public sealed record SynonymsNeedTwo : FieldProblem;

    public sealed record AlreadySynonyms(IReadOnlyList<string> Words) : FieldProblem;

    public sealed record SynonymsToRemoveMissing : FieldProblem;

    public sealed record InNoSynonymGroup(IReadOnlyList<string> Words) : FieldProblem;

    public sealed record NotASingleWord(string Word) : FieldProblem;

    // /import and the seed: JSON documents.

    /// <summary>Not JSON; <see cref="Detail"/> is the parser's own (English) message, line and position are 1-based when known.</summary>
    public sealed record InvalidJson(string Detail, long? Line, long? Position) : FieldProblem;

    public sealed record NotAnExport(string Format, int Version) : FieldProblem;

    /// <summary>A null entry: a fact, a source, a quote, a translation or a synonym group, or anything in the seed.</summary>
    public sealed record NullEntry(JsonEntry Entry) : FieldProblem;

    public sealed record BadId : FieldProblem;

    public sealed record IdTwice : FieldProblem;

    /// <summary>A required JSON property absent or blank ("answer", "title").</summary>
    public sealed record PropertyMissing(string? Name) : FieldProblem;

    public sealed record PropertyTooLong(string Name, int Length, int Max) : FieldProblem;

    public sealed record PropertyNotADate(string Name, string Text) : FieldProblem;

    public sealed record PropertyNotHttpLink(string Name, string Url) : FieldProblem;

    public sealed record QuoteCitesUnknownSource(string? Source) : FieldProblem;

    public sealed record QuoteNotVerbatim(string Quote, string SourceId, string? Closest) : FieldProblem;

    public sealed record BadStatus(string Status) : FieldProblem;

    public sealed record BadVersion(int Version) : FieldProblem;

    public sealed record SourceChanged : FieldProblem;

    public sealed record UrlIsStoredSource(string SourceId) : FieldProblem;

    /// <summary>A text in a translation that is absent or shows nothing.</summary>
    public sealed record TextMissingOrInvisible : FieldProblem;

    /// <summary>The field of its <see cref="FieldError"/> is empty: the fact is <see cref="FactId"/>.</summary>
    public sealed record ExportOutdated(string FactId, int DocumentVersion, int StoreVersion) : FieldProblem;

    /// <summary>The field of its <see cref="FieldError"/> is empty: the fact is <see cref="FactId"/>.</summary>
    public sealed record QuestionAlsoOf(string FactId, string Question, string OtherId) : FieldProblem;

    public sealed record NotSingleWords : FieldProblem;

    public sealed record StoreChangedMeanwhile(string? Detail) : FieldProblem;
}

/// <summary>What a null entry of a JSON document was meant to be.</summary>
public enum JsonEntry
{
    /// <summary>No hint (the seed).</summary>
    Any,
    Fact,
    Source,
    Quote,
    Translation,
    SynonymGroup,
}
