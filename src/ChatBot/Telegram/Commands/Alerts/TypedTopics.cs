using ChatBot.Core.Alerts;
using ChatBot.Core.Rendering;

namespace ChatBot.Telegram.Commands.Alerts;

/// <summary>
/// The topics a /subscribe or /unsubscribe names that the bot does not know, as the user typed them: the stored form
/// ("<b>x</b>" becomes "bx") is a word the user never wrote and could not recognise in the reply.
/// </summary>
public static class TypedTopics
{
    // The separators Topics.Parse splits on, so each typed word lines up with the tag it becomes.
    private static readonly char[] Separators = [',', ' ', '\n', '\t', ';'];

    public static IReadOnlyList<string> Unknown(string? args, IEnumerable<string> known)
    {
        if (string.IsNullOrWhiteSpace(args))
        {
            return [];
        }
        var knownTags = known.ToHashSet(StringComparer.Ordinal);
        return [.. args.Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Where(word => Topics.Normalize(word) is { Length: > 0 } tag && !knownTags.Contains(tag))
            .Select(word => TextCut.Shorten(word, Topics.MaxTagLength))
            .Distinct(StringComparer.Ordinal)];
    }
}
