using System.Text;
using ChatBot.Telegram.Texts;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Answers;

/// <summary>
/// The buttons under every answer: 👍 / 👎 ("v:"), Share (switch_inline_query with the question) and up to two
/// Related facts ("r:"). Extra rows (did-you-mean choices) go below.
/// </summary>
public static class AnswerKeyboard
{
    public const string VotePrefix = "v:";
    public const string RelatedPrefix = "r:";
    public const char Up = 'u';
    public const char Down = 'd';

    // Telegram caps an inline query at 256 characters.
    private const int MaxShareQuery = 256;

    /// <param name="answer">The answer the vote buttons are about.</param>
    /// <param name="shareQuery">What Share puts after the bot's name.</param>
    /// <param name="related">The facts offered as related.</param>
    /// <param name="texts">The reader's interface language.</param>
    /// <param name="extraRows">Buttons below the answer's own.</param>
    /// <param name="labelLanguage">The language of the related facts' labels: their curated question in it, else the English.</param>
    public static InlineKeyboardMarkup For(AnswerRef answer, string shareQuery, IReadOnlyList<RelatedFact> related, IUiTexts texts,
        IEnumerable<InlineKeyboardButton[]>? extraRows = null, string? labelLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(related);
        var rows = new List<InlineKeyboardButton[]>();
        var first = new List<InlineKeyboardButton>();
        if (answer.Data(VotePrefix, Up) is { } up && answer.Data(VotePrefix, Down) is { } down)
        {
            first.Add(InlineKeyboardButton.WithCallbackData(AnswerTexts.Up(0), up));
            first.Add(InlineKeyboardButton.WithCallbackData(AnswerTexts.Down(0), down));
        }
        first.Add(InlineKeyboardButton.WithSwitchInlineQuery(texts.Share, Core.Rendering.TextCut.Shorten(shareQuery.Trim(), MaxShareQuery)));
        rows.Add([.. first]);
        foreach (var r in related)
        {
            if (RelatedData(r.FactId) is { } data)
            {
                rows.Add([InlineKeyboardButton.WithCallbackData(texts.Related(r.Label(labelLanguage ?? texts.Language)), data)]);
            }
        }
        rows.AddRange(extraRows ?? []);
        return new InlineKeyboardMarkup(rows);
    }

    public static string? RelatedData(string factId)
    {
        var data = RelatedPrefix + factId;
        return Encoding.UTF8.GetByteCount(data) <= AnswerRef.MaxBytes ? data : null;
    }

    /// <summary>The same keyboard with the vote buttons showing the answer's tally.</summary>
    public static InlineKeyboardMarkup WithTally(InlineKeyboardMarkup current, int up, int down)
    {
        ArgumentNullException.ThrowIfNull(current);
        return new InlineKeyboardMarkup(current.InlineKeyboard.Select(row => row.Select(b =>
            b.CallbackData is { } data && data.StartsWith(VotePrefix, StringComparison.Ordinal)
                ? InlineKeyboardButton.WithCallbackData(data[VotePrefix.Length] == Up ? AnswerTexts.Up(up) : AnswerTexts.Down(down), data)
                : b).ToArray()).ToArray());
    }

    /// <summary>The answer a bot message is about, read from its vote buttons (they survive restarts; memory does not).</summary>
    public static AnswerRef? AnswerOf(InlineKeyboardMarkup? markup) =>
        markup?.InlineKeyboard.SelectMany(r => r).Select(b => AnswerRef.TryParse(b.CallbackData, VotePrefix, out _, out var a) ? a : null)
            .FirstOrDefault(a => a is not null);

    /// <summary>Did-you-mean buttons as rows to put under an answer.</summary>
    public static IEnumerable<InlineKeyboardButton[]> Rows(InlineKeyboardMarkup? markup) =>
        markup?.InlineKeyboard.Select(r => r.ToArray()) ?? [];
}
