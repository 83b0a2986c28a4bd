using System.Buffers;

namespace ChatBot.Core.Matching;

/// <summary>Splits text into lowercase word tokens with diacritics folded and possessives dropped.</summary>
public static class Tokenizer
{
    /// <summary>Questions longer than this are cut: nobody asks with more words, and work stays bounded.</summary>
    public const int MaxTokens = 64;

    public static List<string> Tokenize(string text, int maxTokens = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var buffer = text.Length <= 256 ? null : ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var reader = new TokenReader(text, buffer ?? stackalloc char[256]);
            while (tokens.Count < maxTokens && reader.Next(out var token))
            {
                tokens.Add(new string(token));
            }
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }
        return tokens;
    }
}
