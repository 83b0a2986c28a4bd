using System.Text;

namespace ChatBot.Telegram.Answers;

/// <summary>Decisions about what an answer shows, independent of markup.</summary>
public static class AnswerLayout
{
    /// <summary>Lower-case letters and digits, runs of anything else as one space: how two texts are compared.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var gap = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (gap && sb.Length > 0)
                {
                    sb.Append(' ');
                }
                sb.Append(char.ToLowerInvariant(c));
                gap = false;
            }
            else
            {
                gap = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>True when one text contains the other once normalised: printing both would say the same twice.</summary>
    public static bool SaysSame(string answer, string quote)
    {
        var (a, q) = (Normalize(answer), Normalize(quote));
        return a.Length > 0 && q.Length > 0 && (a.Contains(q, StringComparison.Ordinal) || q.Contains(a, StringComparison.Ordinal));
    }

    /// <summary>
    /// A quote that starts mid-sentence (a lower-case first letter) is shown as an excerpt, "…rest", and one that stops
    /// before its sentence ends (no closing punctuation) as "start…".
    /// </summary>
    public static string Excerpt(string quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var trimmed = quote.Trim();
        var first = trimmed.FirstOrDefault(char.IsLetterOrDigit);
        var head = first != default && char.IsLower(first) && !trimmed.StartsWith('…') ? "…" : "";
        var tail = trimmed.Length > 0 && !SentenceEnds.Contains(trimmed[^1]) ? "…" : "";
        return head + trimmed + tail;
    }

    private const string SentenceEnds = ".!?…\"”’'»)";
}
