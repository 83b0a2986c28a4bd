using System.Globalization;
using ChatBot.Core.Rendering;

namespace ChatBot.Core.Curation.Parsing;

/// <summary>Reads the /addsource message: Title, Outlet, URL, Published, then Text: and the full text.</summary>
public static class SourceMessageParser
{
    public static readonly IReadOnlyList<string> Fields = ["Title", "Outlet", "URL", "Published", "Text"];

    /// <param name="body">The field lines (the message after the command, or a document's caption).</param>
    /// <param name="documentText">The text of an attached .txt document, used when there is no Text: field.</param>
    public static CurationResult<SourceDraft> Parse(string body, string? documentText = null)
    {
        var set = FieldReader.Read(body, Fields, restField: "Text");
        var errors = new List<FieldError>(set.Errors);
        var title = FieldValues.Single(set, "Title", errors, FieldLimits.Title);
        var outlet = FieldValues.Single(set, "Outlet", errors, FieldLimits.Outlet);
        var url = FieldValues.Single(set, "URL", errors, FieldLimits.Url, required: false);
        var published = FieldValues.Single(set, "Published", errors, 10 + 20);
        var text = set.All("Text").FirstOrDefault()?.Value;
        if (text is not null && documentText is not null)
        {
            errors.Add(new FieldError("Text", new FieldProblem.SourceTextTwice()));
        }
        text ??= documentText?.Trim();
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new FieldError("Text", new FieldProblem.SourceTextMissing()));
        }
        else if (text.Length > FieldLimits.SourceText)
        {
            errors.Add(new FieldError("Text", new FieldProblem.TooLong(text.Length, FieldLimits.SourceText)));
        }
        if (url is not null && !Html.IsSafeUrl(url))
        {
            errors.Add(new FieldError("URL", new FieldProblem.NotHttpLink(FieldReader.Shorten(url))));
        }
        DateOnly date = default;
        if (published is not null && !DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            errors.Add(new FieldError("Published", new FieldProblem.NotADate(FieldReader.Shorten(published))));
        }
        return errors.Count > 0
            ? CurationResult.Fail<SourceDraft>(errors)
            : CurationResult.Ok(new SourceDraft(title!, outlet!, url, date, text!));
    }
}
