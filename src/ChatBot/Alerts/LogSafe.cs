using System.Text.RegularExpressions;

namespace ChatBot.Alerts;

/// <summary>
/// Exception text fit for logs and the outbox's last_error: a Bot API URL carries the bot token
/// (<c>/bot123456:ABC…/sendMessage</c>), so anything shaped like a token is masked wherever it appears.
/// </summary>
public static partial class LogSafe
{
    public const string Mask = "<token>";

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

    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Token().Replace(text, Mask);
    }

    // Telegram tokens are "<bot id>:<secret>", the secret 30-odd URL-safe characters.
    [GeneratedRegex("[0-9]{5,}:[A-Za-z0-9_-]{8,}", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
