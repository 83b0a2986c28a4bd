using ChatBot.Core.Matching;

namespace ChatBot.Core.Curation;

/// <summary>Short kebab-case ids made from a question or title: "Who leads the US delegation?" → "leads-usa-delegation".</summary>
public static class Slug
{
    public const int MaxLength = 40;

    private static readonly HashSet<string> Skip = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "is", "are", "was", "were", "be", "been", "do", "does", "did", "will", "would", "can",
        "could", "should", "has", "have", "had", "who", "what", "when", "where", "why", "how", "which", "whom",
        "of", "to", "in", "on", "at", "for", "by", "with", "from", "and", "or", "it", "its", "this", "that", "there",
    };

    public static string From(string text, int maxWords = 5)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Tokenizer.Tokenize(text).Where(w => w.All(char.IsAsciiLetterOrDigit)).ToList();
        var kept = words.Where(w => !Skip.Contains(w)).ToList();
        if (kept.Count == 0)
        {
            kept = words;
        }
        var slug = string.Empty;
        foreach (var word in kept.Take(maxWords))
        {
            var next = slug.Length == 0 ? word : slug + "-" + word;
            if (next.Length > MaxLength)
            {
                break;
            }
            slug = next;
        }
        return slug.Length > 0 ? slug : "item";
    }

    /// <summary>The slug, or the slug with the first free "-2", "-3", … suffix when taken.</summary>
    public static string Unique(string text, Func<string, bool> isTaken)
    {
        ArgumentNullException.ThrowIfNull(isTaken);
        var slug = From(text);
        if (!isTaken(slug))
        {
            return slug;
        }
        for (var n = 2; ; n++)
        {
            var candidate = WithSuffix(slug, n);
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
    }

    public static string WithSuffix(string slug, int n)
    {
        ArgumentNullException.ThrowIfNull(slug);
        var suffix = "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (slug.Length + suffix.Length > MaxLength ? slug[..(MaxLength - suffix.Length)].TrimEnd('-') : slug) + suffix;
    }

    /// <summary>Whether an id typed by an admin could be a fact or source id at all.</summary>
    public static bool IsWellFormed(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.');
}
