using System.Globalization;

namespace ChatBot.Telegram.Answers;

/// <summary>Wording of answers, their buttons and the feedback they ask for; everything interpolated is escaped by callers.</summary>
public static class AnswerTexts
{
    public const string NoVerifiedAnswer = "I don't have a verified answer on that.";

    public const string Share = "↗ Share";

    public const string WhatWasWrong = "Thanks. What was wrong with this answer?";

    public const string ThanksUp = "Thanks for the 👍";

    public const string ThanksDown = "Thanks — the curators will look at it.";

    public const string ReasonNotYours = "Only the person who voted can say what was wrong.";

    public const string ReasonRecorded = "Thanks — the curators will see this with your question.";

    public static string Up(int count) => count > 0 ? "👍 " + count.ToString(CultureInfo.InvariantCulture) : "👍";

    public static string Down(int count) => count > 0 ? "👎 " + count.ToString(CultureInfo.InvariantCulture) : "👎";

    public static string Related(string question) => "Related: " + question;

    public static string Reason(string reason) => reason switch
    {
        Core.Feedback.DownVoteReason.Wrong => "It's wrong",
        Core.Feedback.DownVoteReason.Outdated => "It's outdated",
        _ => "It didn't answer my question",
    };
}
