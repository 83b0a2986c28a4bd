namespace ChatBot.Telegram.Replies;

/// <summary>
/// What a Ukrainian or Russian asker reads around an English answer: the facts are curated in English, so the answer
/// comes with a line in the asker's language saying so. German and French askers get the English interface.
/// </summary>
public static class LanguageTexts
{
    /// <summary>The line above an English answer to a question asked in another language, or null.</summary>
    public static string? AnswerNote(string language) => language switch
    {
        "uk" => "<i>Відповідь англійською: перекладу цього факту ще немає.</i>\n\n",
        "ru" => "<i>Ответ на английском: перевода этого факта пока нет.</i>\n\n",
        _ => null,
    };

    /// <summary>"Did you mean" in the asker's language, or null for English.</summary>
    public static string? DidYouMean(string language) => language switch
    {
        "uk" => "Я не впевнений, що саме ви питаєте. Можливо, ви мали на увазі (англійською):",
        "ru" => "Я не уверен, что именно вы спрашиваете. Возможно, вы имели в виду (на английском):",
        _ => null,
    };

    /// <summary>No fact and nothing close, in the asker's language, or null for English.</summary>
    public static string? NoFact(string language) => language switch
    {
        "uk" => "Я не маю перевіреного факту про це, тож не вгадуватиму. Я відповідаю про мирні переговори США, Росії " +
            "та України, на основі перевірених фактів з цитатами з джерел (англійською).",
        "ru" => "У меня нет проверенного факта об этом, поэтому я не буду гадать. Я отвечаю о мирных переговорах США, " +
            "России и Украины на основе проверенных фактов с цитатами из источников (на английском).",
        _ => null,
    };
}
