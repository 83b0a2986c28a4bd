using ChatBot.Core.Curation.Parsing;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation;

/// <summary>/addsource: a new source document that facts can then quote, with an id made from its title.</summary>
public sealed class SourceCuration(ICurationRepository repository)
{
    /// <param name="body">The field lines, or a document's caption when <paramref name="documentText"/> is given.</param>
    public async Task<CurationResult<Source>> AddAsync(string body, string? documentText, Actor actor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var parsed = SourceMessageParser.Parse(body, documentText);
        if (!parsed.Succeeded)
        {
            return CurationResult.Fail<Source>(parsed.Errors);
        }
        var draft = parsed.Value!;
        if (draft.Url is not null && await repository.FindSourceAsync(draft.Url, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return CurationResult.Fail<Source>("URL", new FieldProblem.SourceUrlTaken(existing.Id));
        }
        var slug = Slug.From(draft.Outlet + " " + draft.Title, maxWords: 6);
        var id = slug;
        for (var n = 2; await repository.SourceIdExistsAsync(id, cancellationToken).ConfigureAwait(false); n++)
        {
            id = Slug.WithSuffix(slug, n);
        }
        var source = new Source(id, draft.Title, draft.Outlet, draft.Url, draft.Published, draft.Text);
        var outcome = await repository.AddSourceAsync(source, actor, cancellationToken).ConfigureAwait(false);
        return outcome.Status == WriteStatus.Saved
            ? CurationResult.Ok(source)
            : CurationResult.Fail<Source>("URL", new FieldProblem.SourceAddedMeanwhile(outcome.Detail));
    }
}
