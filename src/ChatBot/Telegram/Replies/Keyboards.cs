using ChatBot.Core.Answering;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Replies;

public static class Keyboards
{
    public const int MaxSuggestions = 3;
    private const int MaxLabel = 60;

    /// <summary>One button per suggested fact, labelled with its question; null when none can be offered.</summary>
    public static InlineKeyboardMarkup? DidYouMean(IEnumerable<Suggestion> suggestions, long? questionId)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        var rows = suggestions
            .Select(s => (Label: Label(s.Question), Data: FactChoice.Format(questionId, s.FactId)))
            .Where(b => b.Data is not null)
            .Take(MaxSuggestions)
            .Select(b => new[] { InlineKeyboardButton.WithCallbackData(b.Label, b.Data!) })
            .ToArray();
        return rows.Length == 0 ? null : new InlineKeyboardMarkup(rows);
    }

    private static string Label(string question) =>
        question.Length <= MaxLabel ? question : string.Concat(question.AsSpan(0, MaxLabel - 1).TrimEnd(), "…");
}
