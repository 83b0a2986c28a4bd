using ChatBot.Core.Languages;

namespace ChatBot.Telegram.Texts;

/// <summary>What is known of one user's language for an update: their /language choice and Telegram's language_code.</summary>
public sealed record UserLanguage(string? Chosen, string? TelegramCode)
{
    /// <summary>Nobody in particular (a channel post, a test's hand-made context): English, detection unhinted.</summary>
    public static readonly UserLanguage Automatic = new(null, null);

    /// <summary>"en", "uk" or "ru".</summary>
    public string Interface => InterfaceLanguage.Of(Chosen, TelegramCode);

    public IUiTexts Texts => UiTexts.For(Interface);

    /// <summary>The tie-breaker for the question's language.</summary>
    public string? DetectionHint => InterfaceLanguage.DetectionHint(Chosen, TelegramCode);

    /// <summary>The language of a curated translation to answer a question read in <paramref name="questionLanguage"/> with.</summary>
    public string AnswerLanguage(string questionLanguage) => InterfaceLanguage.AnswerLanguage(Chosen, TelegramCode, questionLanguage);

    /// <summary>The language of a curated translation for a fact opened directly (a button, /fact).</summary>
    public string AnswerLanguageForFact => AnswerLanguage(QuestionLanguage.English);

    /// <summary>The catalogue for the reply to a question read in <paramref name="questionLanguage"/>.</summary>
    public IUiTexts ForAnswer(string questionLanguage) => UiTexts.For(InterfaceLanguage.ForAnswer(Chosen, TelegramCode, questionLanguage));
}
