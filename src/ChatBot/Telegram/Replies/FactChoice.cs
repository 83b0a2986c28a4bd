using System.Globalization;
using System.Text;

namespace ChatBot.Telegram.Replies;

/// <summary>
/// The callback_data of a "did you mean" button: "f:&lt;question log id&gt;:&lt;fact id&gt;", at most 64 bytes as
/// Telegram requires. The log id lets the choice be recorded against the question that was asked.
/// </summary>
public static class FactChoice
{
    public const string Prefix = "f:";
    public const int MaxBytes = 64;

    /// <summary>The data, or null when the fact id is too long to fit even without the question id.</summary>
    public static string? Format(long? questionId, string factId)
    {
        var data = $"{Prefix}{questionId?.ToString(CultureInfo.InvariantCulture)}:{factId}";
        if (Encoding.UTF8.GetByteCount(data) <= MaxBytes)
        {
            return data;
        }
        data = $"{Prefix}:{factId}";
        return Encoding.UTF8.GetByteCount(data) <= MaxBytes ? data : null;
    }

    public static bool TryParse(string? data, out long? questionId, out string factId)
    {
        questionId = null;
        factId = "";
        if (data is null || !data.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var rest = data[Prefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            // "f:<id>", as alert messages carry it: a fact opened without a question behind it.
            factId = rest;
            return rest.Length > 0;
        }
        if (colon == rest.Length - 1)
        {
            return false;
        }
        if (colon > 0)
        {
            if (!long.TryParse(rest.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return false;
            }
            questionId = id;
        }
        factId = rest[(colon + 1)..];
        return true;
    }
}
