using System.Text;
using ChatBot.Core.Curation.Insights;
using ChatBot.Core.Facts;
using ChatBot.Telegram.Texts.Curation;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>
/// Buttons under /unanswered: "cur:a:&lt;handle&gt;:&lt;fact id&gt;" attaches, "cur:m:&lt;handle&gt;" makes a fact of the
/// source sentence the bot quoted, "cur:d:&lt;handle&gt;" dismisses.
/// </summary>
public static class UnansweredButtons
{
    public const string Prefix = "cur:";
    private const int MaxCallbackBytes = 64;

    public static InlineKeyboardMarkup? For(IReadOnlyList<UnansweredItem> items, ICuratorTexts texts)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(texts);
        var rows = new List<InlineKeyboardButton[]>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var row = new List<InlineKeyboardButton>();
            var attach = item.SuggestedFactId is null ? null : $"{Prefix}a:{item.Handle}:{item.SuggestedFactId}";
            // A fact id too long for Telegram's 64-byte callback data leaves only /alias by hand.
            if (attach is not null && Encoding.UTF8.GetByteCount(attach) <= MaxCallbackBytes)
            {
                var tag = FactTranslation.IsLanguage(item.Language) ? $" Q[{item.Language}]" : string.Empty;
                row.Add(InlineKeyboardButton.WithCallbackData($"#{i + 1} → {item.SuggestedFactId}{tag}", attach));
            }
            if (item.Passage is not null)
            {
                row.Add(InlineKeyboardButton.WithCallbackData(texts.MakeFactButton(i + 1), $"{Prefix}{MakeFact}{item.Handle}"));
            }
            row.Add(InlineKeyboardButton.WithCallbackData(texts.DismissButton(i + 1), $"{Prefix}d:{item.Handle}"));
            rows.Add([.. row]);
        }
        return rows.Count == 0 ? null : new InlineKeyboardMarkup(rows);
    }

    private const string MakeFact = "m:";

    /// <summary>Reads a "make this a fact" press.</summary>
    public static bool TryParseMakeFact(string? data, out string handle)
    {
        var prefix = Prefix + MakeFact;
        handle = data is not null && data.StartsWith(prefix, StringComparison.Ordinal) ? data[prefix.Length..] : string.Empty;
        return handle.Length > 0 && !handle.Contains(':', StringComparison.Ordinal);
    }

    /// <summary>Reads button data: attach (with the fact id) or dismiss.</summary>
    public static bool TryParse(string? data, out bool attach, out string handle, out string? factId)
    {
        attach = false;
        handle = string.Empty;
        factId = null;
        if (data is null || !data.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var parts = data[Prefix.Length..].Split(':');
        switch (parts)
        {
            case ["a", { Length: > 0 } h, { Length: > 0 } f]:
                (attach, handle, factId) = (true, h, f);
                return true;
            case ["d", { Length: > 0 } h]:
                handle = h;
                return true;
            default:
                return false;
        }
    }
}
