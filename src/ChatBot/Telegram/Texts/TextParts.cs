using System.Text;
using ChatBot.Core.Rendering;
using ChatBot.Telegram.Commands;

namespace ChatBot.Telegram.Texts;

/// <summary>Pieces every catalogue builds its sentences from: example lists, command lists, plural forms.</summary>
public static class TextParts
{
    /// <summary>"\n• <i>example</i>" per example.</summary>
    public static string Examples(IReadOnlyList<string> examples) =>
        string.Concat(examples.Select(e => "\n• <i>" + Html.Escape(e) + "</i>"));

    /// <summary>"\n/name — description" per command, each described by <paramref name="texts"/>.</summary>
    public static string Commands(IReadOnlyList<IBotCommand> commands, IUiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(texts);
        var sb = new StringBuilder();
        foreach (var c in commands)
        {
            sb.Append("\n/").Append(Html.Escape(c.Name)).Append(" — ").Append(Html.Escape(texts.Describe(c)));
        }
        return sb.ToString();
    }

    /// <summary>
    /// The Ukrainian and Russian plural: "1 запитання", "2 запитання", "5 запитань" — one for 1, 21, 31…; few for 2–4,
    /// 22–24…; many for the rest, 11–14 included.
    /// </summary>
    public static string Count(int n, string one, string few, string many)
    {
        var (tens, units) = (n % 100, n % 10);
        var word = units == 1 && tens != 11 ? one : units is >= 2 and <= 4 && tens is < 12 or > 14 ? few : many;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{n} {word}");
    }

    /// <summary>The word with its first letter in upper case, for a button.</summary>
    public static string Capitalised(string word) =>
        string.IsNullOrEmpty(word) ? word : string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1));
}
