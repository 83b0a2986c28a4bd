using System.Text.RegularExpressions;

namespace ChatBot.Alerts;

/// <summary>
/// The one redactor: every string that came from the network (error descriptions, exception messages, URLs) passes
/// through it before it is logged or stored. A Bot API URL carries the bot token (<c>/bot123456:ABC…/sendMessage</c>),
/// and a proxy or the API itself may echo it back in an error, plain or URL-encoded.
/// </summary>
/// <remarks>
/// Two nets: the configured token (registered with <see cref="AddSecret"/>) in every form it can take, whatever its
/// shape; and anything shaped like a Telegram token, for a token we were never told about.
/// </remarks>
public static partial class LogSafe
{
    public const string Mask = "<token>";
    private static readonly Lock Gate = new();
    private static string[] s_secrets = [];

    /// <summary>Masks this token from now on: as is, URL-encoded (':' as %3A, %253A), and its secret part when long enough.</summary>
    public static void AddSecret(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return;
        }
        var forms = new List<string> { token, Uri.EscapeDataString(token), token.Replace(":", "%253A", StringComparison.Ordinal) };
        var secret = token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..];
        // A short secret alone could be an ordinary word; a real one (35 characters) is not.
        if (secret.Length >= 16)
        {
            forms.Add(secret);
        }
        lock (Gate)
        {
            // Longest first, so the whole token is masked before its secret part is.
            s_secrets = [.. s_secrets.Concat(forms).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];
        }
    }

    /// <summary>"Type: message", inner exceptions appended; with <paramref name="stackTrace"/> the full text, masked.</summary>
    public static string Describe(Exception exception, bool stackTrace = false)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (stackTrace)
        {
            return Redact(exception.ToString());
        }
        var text = $"{exception.GetType().Name}: {exception.Message}";
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            text += $" ---> {inner.GetType().Name}: {inner.Message}";
        }
        return Redact(text);
    }

    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }
        foreach (var secret in Volatile.Read(ref s_secrets))
        {
            // Case-insensitive: URL encoding may use %3a as well as %3A; masking a little more is harmless.
            text = text.Replace(secret, Mask, StringComparison.OrdinalIgnoreCase);
        }
        return Token().Replace(text, Mask);
    }

    // Telegram tokens are "<bot id>:<secret>", the secret 30-odd URL-safe characters; the colon may arrive encoded.
    [GeneratedRegex("[0-9]{5,}(?::|%3[Aa]|%253[Aa])[A-Za-z0-9_-]{8,}", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
