using System.Globalization;
using System.Text;
using ChatBot.Core.Feedback;
using ChatBot.Telegram.Texts.Curation;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Commands.Admin.Feedback;

/// <summary>Buttons under /feedback: "fo:&lt;fact&gt;" opens the fact, "fa:&lt;question&gt;:&lt;fact&gt;" attaches the question to it.</summary>
public static class FeedbackButtons
{
    public const string OpenPrefix = "fo:";
    public const string AttachPrefix = "fa:";
    private const int MaxBytes = 64;

    public static InlineKeyboardMarkup? For(IReadOnlyList<FeedbackItem> items, ICuratorTexts texts)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(texts);
        var rows = new List<InlineKeyboardButton[]>();
        for (var i = 0; i < items.Count; i++)
        {
            var (item, row) = (items[i], new List<InlineKeyboardButton>());
            if (Fits(OpenPrefix + item.Question.FactId) is { } open)
            {
                row.Add(InlineKeyboardButton.WithCallbackData(texts.OpenButton(i + 1, item.Question.FactId), open));
            }
            if (item.OtherFactId is { } other
                && Fits(string.Create(CultureInfo.InvariantCulture, $"{AttachPrefix}{item.Question.QuestionId}:{other}")) is { } attach)
            {
                row.Add(InlineKeyboardButton.WithCallbackData(texts.AttachButton(i + 1, other), attach));
            }
            if (row.Count > 0)
            {
                rows.Add([.. row]);
            }
        }
        return rows.Count == 0 ? null : new InlineKeyboardMarkup(rows);
    }

    public static bool TryParseAttach(string? data, out long questionId, out string factId)
    {
        (questionId, factId) = (0, "");
        if (data is null || !data.StartsWith(AttachPrefix, StringComparison.Ordinal))
        {
            return false;
        }
        var parts = data[AttachPrefix.Length..].Split(':', 2);
        if (parts is not [var q, { Length: > 0 } f] || !long.TryParse(q, NumberStyles.None, CultureInfo.InvariantCulture, out questionId))
        {
            return false;
        }
        factId = f;
        return true;
    }

    private static string? Fits(string data) => Encoding.UTF8.GetByteCount(data) <= MaxBytes ? data : null;
}
