using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation;

/// <summary>Whether two versions of a fact say the same thing (ignoring who changed it and when).</summary>
public static class FactContent
{
    public static bool Same(Fact a, Fact b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Question == b.Question && a.Answer == b.Answer && a.Status == b.Status && a.Notify == b.Notify
            && a.Alternates.SequenceEqual(b.Alternates) && a.Tags.SequenceEqual(b.Tags) && a.Quotes.SequenceEqual(b.Quotes)
            && a.Translations.SequenceEqual(b.Translations);
    }

    /// <summary>The names of the fields that differ, for history lines such as "A, Quote".</summary>
    public static IReadOnlyList<string> Changed(Fact before, Fact after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changed = new List<string>();
        if (before.Question != after.Question || !before.Alternates.SequenceEqual(after.Alternates))
        {
            changed.Add("Q");
        }
        if (before.Answer != after.Answer)
        {
            changed.Add("A");
        }
        if (!before.Quotes.Select(q => q.Text).SequenceEqual(after.Quotes.Select(q => q.Text)))
        {
            changed.Add("Quote");
        }
        if (!before.Quotes.Select(q => q.SourceId).SequenceEqual(after.Quotes.Select(q => q.SourceId)))
        {
            changed.Add("Source");
        }
        if (!before.Tags.SequenceEqual(after.Tags))
        {
            changed.Add("Tags");
        }
        foreach (var language in FactTranslation.Languages)
        {
            var (was, now) = (before.TranslationIn(language), after.TranslationIn(language));
            if (!(was?.Questions ?? []).SequenceEqual(now?.Questions ?? []))
            {
                changed.Add($"Q[{language}]");
            }
            if (was?.Answer != now?.Answer)
            {
                changed.Add($"A[{language}]");
            }
        }
        if (before.Notify != after.Notify)
        {
            changed.Add("Notify");
        }
        if (before.Status != after.Status)
        {
            changed.Add("status");
        }
        return changed;
    }
}
