using ChatBot.Core.Facts;
using ChatBot.Core.Rendering;

namespace ChatBot.Core.Alerts;

/// <summary>The alert for a retracted fact: a retraction is news to everyone who was told the answer.</summary>
public static class RetractionText
{
    private const int MaxAnswer = 1500;
    private const int MaxQuestion = 500;

    public static string For(Fact retracted, DateTimeOffset at, IAlertTexts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(retracted);
        texts ??= AlertTexts.English;
        // The reader is reminded of the answer they were given: its translation into their language, when it has one.
        var told = AlertAnswers.InLanguage(retracted, texts.Language);
        return $"<b>{texts.Retracted}</b> <i>{Html.Escape(Cut(told.Question, MaxQuestion))}</i> " +
            $"({texts.Was}{Html.Escape(Cut(told.Answer, MaxAnswer))})\n" +
            texts.Withdrawn + "\n\n" +
            $"<i>{texts.RetractedOn(DateOnly.FromDateTime(at.UtcDateTime))}</i>";
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : TextCut.Shorten(text, max);
}
