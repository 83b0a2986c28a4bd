using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Answers;

public sealed record PresentedAnswer(string Html, InlineKeyboardMarkup Keyboard);
