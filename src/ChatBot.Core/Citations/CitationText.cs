using System.Text;

namespace ChatBot.Core.Citations;

/// <summary>
/// Normalises text for verbatim comparison: curators paste quotes from browsers and chat clients that swap
/// typographic quotes and collapse or add whitespace, which must not make an honest quote fail.
/// </summary>
public static class CitationText
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = Map(raw);
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static char Map(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u00A0' or '\u2007' or '\u202F' => ' ',
        _ => c,
    };
}
