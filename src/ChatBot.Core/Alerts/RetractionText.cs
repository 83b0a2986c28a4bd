using ChatBot.Core.Facts;
using ChatBot.Core.Rendering;

namespace ChatBot.Core.Alerts;

/// <summary>The alert for a retracted fact: a retraction is news to everyone who was told the answer.</summary>
public static class RetractionText
{
    private const int MaxAnswer = 1500;
    private const int MaxQuestion = 500;

    public static string For(Fact retracted, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(retracted);
        return $"<b>Retracted:</b> <i>{Html.Escape(Cut(retracted.Question, MaxQuestion))}</i> " +
            $"(was: {Html.Escape(Cut(retracted.Answer, MaxAnswer))})\n" +
            "The curators withdrew this answer; I no longer give it.\n\n" +
            $"<i>Retracted {Dates.Show(DateOnly.FromDateTime(at.UtcDateTime))}</i>";
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : TextCut.Shorten(text, max);
}
