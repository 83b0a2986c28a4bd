namespace ChatBot.Core.Curation;

/// <summary>
/// What is wrong with one field of an admin message or document: the field as the admin writes it ("Q", "A[uk]",
/// "facts[3].answer") or one of <see cref="FieldNames"/>, and the <see cref="FieldProblem"/>, which the host words in
/// the curator's language.
/// </summary>
public sealed record FieldError(string Field, FieldProblem Problem)
{
    public override string ToString() => $"{Field}: {Problem}";
}

/// <summary>The fields of errors that name no field of a message or document; the host translates them.</summary>
public static class FieldNames
{
    public const string Id = "id";
    public const string Question = "question";
    public const string Words = "words";
    public const string Word = "word";
    public const string Fields = "fields";
    public const string Document = "document";
    public const string Format = "format";

    /// <summary>The error is about a line, a fact or the whole (its problem says which); no field to name.</summary>
    public const string None = "";
}
