using System.Globalization;
using ChatBot.Core.Facts;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Curation;

/// <summary>/facts [page] or /facts &lt;words&gt; [p&lt;page&gt;]: browse the store, retired facts included (they are marked, not hidden).</summary>
public sealed class FactCatalog(ICurationRepository repository)
{
    public const int PageSize = 10;

    public async Task<FactListing> ListAsync(string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var facts = await repository.GetAllFactsAsync(cancellationToken).ConfigureAwait(false);
        var (words, page) = Parse(arguments);
        if (words is not null)
        {
            var wanted = Tokenizer.Tokenize(words).Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
            facts = [.. facts.Where(f =>
            {
                var have = Tokenizer.Tokenize(string.Join(' ', f.AllQuestions.Append(f.Answer).Append(f.Id).Concat(f.Tags)))
                    .Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
                return wanted.All(have.Contains);
            })];
        }
        var pages = Math.Max(1, (facts.Count + PageSize - 1) / PageSize);
        // A page past the end is said to be missing, not swapped for the last one, which a curator would take for it.
        IReadOnlyList<Fact> shown = page < 1 || page > pages ? [] : [.. facts.Skip((page - 1) * PageSize).Take(PageSize)];
        return new FactListing(shown, page, pages, facts.Count, words);
    }

    /// <summary>"", "2", "vale", "vale p2" or "p2": a bare number is a page of all facts, "p&lt;n&gt;" after words a page of those.</summary>
    private static (string? Words, int Page) Parse(string arguments)
    {
        var text = arguments.Trim();
        if (text.Length == 0)
        {
            return (null, 1);
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page))
        {
            return (null, page);
        }
        var last = text.LastIndexOf(' ');
        var tail = text[(last + 1)..];
        if (tail.Length > 1 && tail[0] is 'p' or 'P' && int.TryParse(tail.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out page))
        {
            var words = last < 0 ? null : text[..last].Trim();
            return (string.IsNullOrEmpty(words) ? null : words, page);
        }
        return (text, 1);
    }
}
