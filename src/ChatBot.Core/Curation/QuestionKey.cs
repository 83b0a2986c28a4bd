using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Curation;

/// <summary>
/// Questions compared the way the matcher reads them (case, punctuation and diacritics ignored), so "Who leads?" and
/// "who leads" are one question in duplicate checks and in the unanswered report.
/// </summary>
public static class QuestionKey
{
    public static string Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var tokens = Tokenizer.Tokenize(question);
        return tokens.Count > 0 ? string.Join(' ', tokens) : question.Trim().ToLowerInvariant();
    }

    /// <summary>A short stable handle for a question key, small enough for Telegram's 64-byte callback data.</summary>
    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
    }
}
