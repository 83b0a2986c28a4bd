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
}
