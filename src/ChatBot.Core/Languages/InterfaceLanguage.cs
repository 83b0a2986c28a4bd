namespace ChatBot.Core.Languages;

/// <summary>
/// The one place that decides which language the bot speaks to a user: the user's stored /language choice, else
/// Telegram's <c>language_code</c>. Only Ukrainian and Russian have an interface of their own; German and French
/// (and everything else) read the English one. A question's answer frame also follows the question: a Ukrainian
/// question from someone whose Telegram is in English is answered around in Ukrainian, unless they chose otherwise.
/// </summary>
public static class InterfaceLanguage
{
    /// <summary>What /language accepts besides "auto", in the order its buttons show them.</summary>
    public static readonly IReadOnlyList<string> Choices =
        [QuestionLanguage.Ukrainian, QuestionLanguage.Russian, QuestionLanguage.English, QuestionLanguage.German, QuestionLanguage.French];

    /// <summary>The languages the interface is written in.</summary>
    public static readonly IReadOnlyList<string> Written = [QuestionLanguage.English, QuestionLanguage.Ukrainian, QuestionLanguage.Russian];

    /// <summary>"uk", "ru" or "en" for a user.</summary>
    /// <param name="chosen">The stored /language choice, or null.</param>
    /// <param name="telegramCode">Telegram's <c>from.language_code</c> (an IETF tag such as "uk" or "pt-br"), or null.</param>
    public static string Of(string? chosen, string? telegramCode) => Interface(chosen ?? Primary(telegramCode));

    /// <summary>The language around an answer: the choice, else a Ukrainian or Russian question's language, else <see cref="Of"/>.</summary>
    public static string ForAnswer(string? chosen, string? telegramCode, string questionLanguage) =>
        chosen is null && questionLanguage is QuestionLanguage.Ukrainian or QuestionLanguage.Russian ? questionLanguage : Of(chosen, telegramCode);

    /// <summary>
    /// The language an answer is wanted in, for a curated translation (any of uk, ru, de, fr, not only those with an
    /// interface): the choice, else a Ukrainian or Russian question's language, else Telegram's language_code, else English.
    /// </summary>
    public static string AnswerLanguage(string? chosen, string? telegramCode, string questionLanguage) =>
        chosen ?? (questionLanguage is QuestionLanguage.Ukrainian or QuestionLanguage.Russian ? questionLanguage : Primary(telegramCode))
        ?? QuestionLanguage.English;

    /// <summary>The language code the question detector breaks ties with: the choice outranks Telegram's.</summary>
    public static string? DetectionHint(string? chosen, string? telegramCode) => chosen ?? Primary(telegramCode);

    /// <summary>A /language argument as stored ("UK" → "uk"), or null when it is not one of <see cref="Choices"/>.</summary>
    public static string? ParseChoice(string? argument)
    {
        var code = argument?.Trim().ToLowerInvariant();
        return code is not null && Choices.Contains(code, StringComparer.Ordinal) ? code : null;
    }

    private static string Interface(string? code) => code is QuestionLanguage.Ukrainian or QuestionLanguage.Russian ? code : QuestionLanguage.English;

    private static string? Primary(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }
        var dash = tag.IndexOfAny(['-', '_']);
        return (dash < 0 ? tag : tag[..dash]).Trim().ToLowerInvariant();
    }
}
