using ChatBot.Core.Curation;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>What is wrong with a document sent to /import or /addsource, worded by the curator catalogues.</summary>
public abstract record DocumentProblem : FieldProblem
{
    /// <summary>/import without a document.</summary>
    public sealed record Missing : DocumentProblem;

    public sealed record TooLarge(long Kilobytes, long MaxKilobytes) : DocumentProblem;

    /// <summary>Telegram would not give the file; <see cref="ErrorCode"/> is Telegram's error code when it sent one.</summary>
    public sealed record NotDownloaded(int? ErrorCode) : DocumentProblem;

    public sealed record NotUtf8 : DocumentProblem;

    /// <summary>/addsource with a document that is not text; <see cref="MimeType"/> as Telegram reports it.</summary>
    public sealed record NotText(string MimeType) : DocumentProblem;

    /// <summary>A problem of the document attached to /addsource, reported on its Text: field.</summary>
    public sealed record OfSource(DocumentProblem Problem) : DocumentProblem;
}
