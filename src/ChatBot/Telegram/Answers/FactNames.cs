using ChatBot.Core.Facts;

namespace ChatBot.Telegram.Answers;

/// <summary>
/// Names in a fact's text: capitalised words that do not start a sentence ("US Army Secretary Dan Driscoll"), the
/// vocabulary related facts share and the words a follow-up's "him" or "it" stands for.
/// </summary>
public static class FactNames
{
    /// <summary>Runs of capitalised words, in order of appearance, without repeats.</summary>
    public static IReadOnlyList<string> Runs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var runs = new List<string>();
        var run = new List<string>();
        var sentenceStart = true;
        foreach (var (word, endsSentence) in Words(text))
        {
            if (!sentenceStart && IsCapitalised(word))
            {
                run.Add(word);
            }
            else
            {
                Flush();
            }
            sentenceStart = endsSentence;
            if (endsSentence)
            {
                Flush();
            }
        }
        Flush();
        return runs;

        void Flush()
        {
            if (run.Count > 0)
            {
                var joined = string.Join(' ', run);
                if (!runs.Contains(joined, StringComparer.Ordinal))
                {
                    runs.Add(joined);
                }
                run.Clear();
            }
        }
    }

    /// <summary>The fact's names as lower-case words plus its tags ("#delegation"): what related facts are found by.</summary>
    public static IEnumerable<string> Keys(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Runs(fact.Question).Concat(Runs(fact.Answer))
            .SelectMany(r => r.Split(' '))
            .Where(w => w.Length > 1)
            .Select(w => w.ToLowerInvariant())
            .Concat(fact.Tags.Select(t => "#" + t.ToLowerInvariant()))
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>True when the text has a name of its own (a capitalised word after the first, other than "I").</summary>
    public static bool HasName(string text) => Runs(text).Any(r => r != "I");

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static IEnumerable<(string Word, bool EndsSentence)> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            // Apostrophes and hyphens inside a word keep it whole ("Putin's", "Kyiv-based").
            var inWord = char.IsLetterOrDigit(c) || (start >= 0 && c is '\'' or '’' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]));
            if (inWord)
            {
                if (start < 0)
                {
                    start = i;
                }
                continue;
            }
            if (start >= 0)
            {
                yield return (Possessive(text[start..i]), EndsSentence(text, i));
                start = -1;
            }
        }
    }

    private static string Possessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    private static bool EndsSentence(string text, int i)
    {
        for (; i < text.Length && !char.IsLetterOrDigit(text[i]); i++)
        {
            if (text[i] is '.' or '!' or '?' or ':' or ';' or '\n')
            {
                return true;
            }
        }
        return false;
    }
}
