using System.Text.RegularExpressions;

namespace ChatBot.FakeTelegram;

/// <summary>
/// The entities Telegram finds by itself in any text: bot commands, @mentions, URLs and hashtags.
/// Nothing is detected inside code, pre or links.
/// </summary>
internal static partial class EntityDetector
{
    private static readonly HashSet<string> Opaque = ["code", "pre", "text_link", "text_mention", "url", "custom_emoji", "mention", "bot_command", "hashtag"];

    public static IEnumerable<FakeEntity> Detect(string text, IReadOnlyList<FakeEntity> existing)
    {
        var found = new List<FakeEntity>();
        Add(found, existing, UrlPattern().Matches(text), "url", trimPunctuation: true);
        Add(found, existing, CommandPattern().Matches(text), "bot_command", trimPunctuation: false);
        Add(found, existing, MentionPattern().Matches(text), "mention", trimPunctuation: false);
        Add(found, existing, HashtagPattern().Matches(text), "hashtag", trimPunctuation: false);
        return found;
    }

    private static void Add(List<FakeEntity> found, IReadOnlyList<FakeEntity> existing, MatchCollection matches, string type, bool trimPunctuation)
    {
        foreach (Match m in matches)
        {
            var length = m.Length;
            while (trimPunctuation && length > 0 && m.Value[length - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\'' or '"')
            {
                length--;
            }

            var candidate = new FakeEntity(type, m.Index, length);
            if (length > 0 && !Overlaps(candidate, found) && !Overlaps(candidate, existing.Where(e => Opaque.Contains(e.Type))))
            {
                found.Add(candidate);
            }
        }
    }

    private static bool Overlaps(FakeEntity candidate, IEnumerable<FakeEntity> others) =>
        others.Any(o => o.Offset < candidate.End && candidate.Offset < o.End);

    [GeneratedRegex(@"(?<![\w@/])https?://[^\s<>""]+", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"(?<![\w/@<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z][A-Za-z0-9_]{2,31})?(?![\w/<>])", RegexOptions.CultureInvariant)]
    private static partial Regex CommandPattern();

    [GeneratedRegex(@"(?<![\w@])@[A-Za-z][A-Za-z0-9_]{4,31}(?![\w@])", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"(?<![\w#])#[\w]*[^\W\d_][\w]*", RegexOptions.CultureInvariant)]
    private static partial Regex HashtagPattern();
}
