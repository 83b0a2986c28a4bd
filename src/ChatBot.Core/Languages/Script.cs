namespace ChatBot.Core.Languages;

/// <summary>Which alphabet a letter or a text is written in, as far as telling Cyrillic from Latin needs.</summary>
public static class Script
{
    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    public static bool HasCyrillic(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsCyrillic(c))
            {
                return true;
            }
        }
        return false;
    }
}
