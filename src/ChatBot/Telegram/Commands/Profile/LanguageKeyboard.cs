using ChatBot.Core.Languages;
using ChatBot.Telegram.Texts;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Commands.Profile;

/// <summary>The /language buttons: "lang:uk" … "lang:fr" and "lang:auto", the current choice ticked.</summary>
public static class LanguageKeyboard
{
    public const string Prefix = "lang:";
    public const string Auto = "auto";

    public static InlineKeyboardMarkup For(string? chosen, IUiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var choices = InterfaceLanguage.Choices;
        return new InlineKeyboardMarkup(
        [
            [.. choices.Take(2).Select(c => Button(c, chosen, texts))],
            [.. choices.Skip(2).Select(c => Button(c, chosen, texts))],
            [InlineKeyboardButton.WithCallbackData((chosen is null ? "✓ " : "") + texts.AutomaticButton, Prefix + Auto)],
        ]);
    }

    private static InlineKeyboardButton Button(string code, string? chosen, IUiTexts texts) =>
        InlineKeyboardButton.WithCallbackData((code == chosen ? "✓ " : "") + TextParts.Capitalised(texts.LanguageName(code)), Prefix + code);
}
