using System.Globalization;
using System.Text;
using ChatBot.Telegram.Texts.Curation;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>"Send alert" / "Don't alert" under an /editfact preview: "na:y:&lt;version&gt;:&lt;fact id&gt;" and "na:n:…".</summary>
public static class HeldAlertButtons
{
    public const string Prefix = "na:";
    private const int MaxCallbackBytes = 64;

    /// <summary>Null when the fact id is too long for Telegram's 64-byte callback data.</summary>
    public static InlineKeyboardMarkup? For(string factId, int version, ICuratorTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var send = Data(true, factId, version);
        return Encoding.UTF8.GetByteCount(send) > MaxCallbackBytes
            ? null
            : new InlineKeyboardMarkup([[
                InlineKeyboardButton.WithCallbackData(texts.SendAlertButton, send),
                InlineKeyboardButton.WithCallbackData(texts.DontAlertButton, Data(false, factId, version))]]);
    }

    public static bool TryParse(string? data, out bool send, out int version, out string factId)
    {
        (send, version, factId) = (false, 0, "");
        if (data is null || !data.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var parts = data[Prefix.Length..].Split(':', 3);
        if (parts is not [var choice and ("y" or "n"), var v, { Length: > 0 } id]
            || !int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out version))
        {
            return false;
        }
        (send, factId) = (choice == "y", id);
        return true;
    }

    private static string Data(bool send, string factId, int version) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{(send ? "y" : "n")}:{version}:{factId}");
}
