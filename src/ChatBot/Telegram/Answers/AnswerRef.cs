using System.Globalization;
using System.Text;

namespace ChatBot.Telegram.Answers;

/// <summary>
/// Which answer a button belongs to: the logged question it answered (0 for a fact opened directly) and the fact
/// shown. Carried in callback data as "&lt;question&gt;:&lt;fact&gt;" behind each button type's own prefix.
/// </summary>
public sealed record AnswerRef(long QuestionId, string FactId)
{
    public const int MaxBytes = 64;

    /// <summary>"prefix + code + ':' + question + ':' + fact", or null when it would not fit Telegram's 64 bytes.</summary>
    public string? Data(string prefix, char code)
    {
        var data = string.Create(CultureInfo.InvariantCulture, $"{prefix}{code}:{QuestionId}:{FactId}");
        return Encoding.UTF8.GetByteCount(data) <= MaxBytes ? data : null;
    }

    /// <summary>Reads what <see cref="Data"/> wrote.</summary>
    public static bool TryParse(string? data, string prefix, out char code, out AnswerRef answer)
    {
        code = default;
        answer = new AnswerRef(0, "");
        if (data is null || !data.StartsWith(prefix, StringComparison.Ordinal) || data.Length < prefix.Length + 4 || data[prefix.Length + 1] != ':')
        {
            return false;
        }
        code = data[prefix.Length];
        var rest = data.AsSpan(prefix.Length + 2);
        var colon = rest.IndexOf(':');
        if (colon <= 0 || colon == rest.Length - 1
            || !long.TryParse(rest[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var questionId))
        {
            return false;
        }
        answer = new AnswerRef(questionId, rest[(colon + 1)..].ToString());
        return true;
    }
}
