using System.Globalization;

namespace ChatBot.Core.Rendering;

/// <summary>
/// Shortens text for display without splitting what the reader sees as one character: a cut inside a surrogate pair
/// or an emoji sequence would reach Telegram as "�" (or be refused as invalid UTF-8).
/// </summary>
public static class TextCut
{
    public const string Ellipsis = "…";

    /// <summary>The text itself when it fits in <paramref name="max"/> UTF-16 units, else a prefix ending in "…".</summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }
        return max < Ellipsis.Length ? string.Empty : text[..Boundary(text, max - Ellipsis.Length)] + Ellipsis;
    }

    /// <summary>The largest text-element boundary at or before <paramref name="length"/>.</summary>
    public static int Boundary(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (length >= text.Length)
        {
            return text.Length;
        }
        if (length <= 0)
        {
            return 0;
        }
        var end = 0;
        while (true)
        {
            var next = end + StringInfo.GetNextTextElementLength(text, end);
            if (next > length)
            {
                // One huge element (a letter with thousands of combining marks): fall back to a surrogate boundary.
                return end > 0 ? end : char.IsLowSurrogate(text[length]) ? length - 1 : length;
            }
            end = next;
        }
    }
}
