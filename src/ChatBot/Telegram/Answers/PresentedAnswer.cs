using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Answers;

public sealed record PresentedAnswer(string Html, InlineKeyboardMarkup Keyboard)
{
    /// <summary>True when the answer is the fact's curated translation, so no "answer in English" note belongs above it.</summary>
    public bool Translated { get; init; }
}
