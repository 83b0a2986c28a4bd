using ChatBot.Core.Facts;

namespace ChatBot.Telegram.Answers;

/// <summary>A fact's question and answer as a reader of one language sees them: the curated translation, else the English.</summary>
public static class FactWording
{
    /// <summary>The first curated question in <paramref name="language"/>, else the fact's English question.</summary>
    public static string Question(Fact fact, string? language)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.TranslationIn(language)?.Questions.FirstOrDefault(q => !string.IsNullOrWhiteSpace(q)) ?? fact.Question;
    }

    /// <summary>The curated answer in <paramref name="language"/>, else the fact's English answer.</summary>
    public static string Answer(Fact fact, string? language)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.AnswerIn(language) ?? fact.Answer;
    }
}
