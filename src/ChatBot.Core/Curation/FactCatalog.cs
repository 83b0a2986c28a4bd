using System.Globalization;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Curation;

/// <summary>/facts [page|words]: browse the store, retired facts included (they are marked, not hidden).</summary>
public sealed class FactCatalog(ICurationRepository repository)
{
    public const int PageSize = 10;

    public async Task<FactListing> ListAsync(string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var facts = await repository.GetAllFactsAsync(cancellationToken).ConfigureAwait(false);
        var text = arguments.Trim();
        var page = 1;
        string? words = null;
        if (text.Length > 0 && !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out page))
        {
            words = text;
            page = 1;
            var wanted = Tokenizer.Tokenize(text).Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
            facts = [.. facts.Where(f =>
            {
                var have = Tokenizer.Tokenize(string.Join(' ', f.AllQuestions.Append(f.Answer).Append(f.Id).Concat(f.Tags)))
                    .Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
                return wanted.All(have.Contains);
            })];
        }
        var pages = Math.Max(1, (facts.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        return new FactListing([.. facts.Skip((page - 1) * PageSize).Take(PageSize)], page, pages, facts.Count, words);
    }
}
