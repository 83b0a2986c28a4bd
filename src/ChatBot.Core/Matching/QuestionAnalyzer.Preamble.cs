using System.Buffers;

namespace ChatBot.Core.Matching;

public static partial class QuestionAnalyzer
{
    /// <summary>
    /// How many of the question's tokens come before the sentence that asks ("Our newsroom is planning coverage.
    /// Where will they meet?"): the sentences before it set the scene, so an odd word there is seldom what is asked.
    /// 0 when the question is one sentence or asks in none of its sentences.
    /// </summary>
    public static int PreambleTokens(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var asks = question.LastIndexOf('?');
        if (asks < 0)
        {
            return 0;
        }
        var end = -1;
        for (var i = asks - 1; i > 0; i--)
        {
            if (question[i] is '.' or '!' or '?' && char.IsWhiteSpace(question[i + 1]))
            {
                end = i;
                break;
            }
        }
        // "…so the prisoner part matters to us - how many detainees…?": a clause before the question word frames it too.
        for (var i = asks - 1; i > end + 1; i--)
        {
            if (question[i] is ',' or ';' or ':' or '-' or '\u2013' or '\u2014' && char.IsWhiteSpace(question[i + 1]) && OpensWithWh(question.AsSpan(i + 1)))
            {
                end = i;
                break;
            }
        }
        if (end < 0)
        {
            return 0;
        }
        var buffer = question.Length <= 256 ? null : ArrayPool<char>.Shared.Rent(question.Length);
        try
        {
            var reader = new TokenReader(question, buffer ?? stackalloc char[256]);
            var count = 0;
            while (count < Tokenizer.MaxTokens && reader.Next(out _) && reader.TokenStart < end)
            {
                count++;
            }
            return count;
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }
    }

    private static bool OpensWithWh(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        var word = rest[..(rest.IndexOfAny(' ', '?') is var e and >= 0 ? e : rest.Length)];
        return word.Equals("who", StringComparison.OrdinalIgnoreCase) || word.Equals("what", StringComparison.OrdinalIgnoreCase) ||
            word.Equals("when", StringComparison.OrdinalIgnoreCase) || word.Equals("where", StringComparison.OrdinalIgnoreCase) ||
            word.Equals("which", StringComparison.OrdinalIgnoreCase) || word.Equals("how", StringComparison.OrdinalIgnoreCase) ||
            word.Equals("why", StringComparison.OrdinalIgnoreCase);
    }
}
