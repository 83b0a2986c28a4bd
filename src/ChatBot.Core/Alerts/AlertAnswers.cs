using ChatBot.Core.Facts;

namespace ChatBot.Core.Alerts;

/// <summary>
/// Which answer an alert tells a reader of one language: the fact's curated translation into it when the translation is
/// news with the change (a new or restored fact, or a translation written or changed with this edit), under the
/// translation's first question; else the English answer and question, as before translations. Quotes are never
/// translated: they stay verbatim in the source's language.
/// </summary>
public static class AlertAnswers
{
    /// <summary>The previous answer to show after "was:" (null: none) and the fact to render, for <paramref name="texts"/>' reader.</summary>
    /// <param name="before">The version before the change; null for a new fact, or one coming back (no "was:").</param>
    public static (string? Previous, Fact Shown) For(Fact? before, Fact after, IAlertTexts texts)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(texts);
        var now = after.AnswerIn(texts.Language);
        var was = before?.AnswerIn(texts.Language);
        // A translation left as it was while the English answer changed repeats what the reader was told before and may
        // no longer say what the fact does: the English answer carries the change, as it did before translations.
        if (now is null || (before is not null && was == now))
        {
            return (before?.Answer, after);
        }
        return (was ?? before?.Answer, InLanguage(after, texts.Language));
    }

    /// <summary>The fact with its answer and first question in <paramref name="language"/>, when it has an answer in it.</summary>
    public static Fact InLanguage(Fact fact, string language)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var translation = fact.TranslationIn(language);
        return translation?.Answer is { } answer
            ? fact with { Answer = answer, Question = translation.Questions.Count > 0 ? translation.Questions[0] : fact.Question }
            : fact;
    }
}
