namespace ChatBot.Telegram.Texts.Curation;

public sealed partial class EnglishCuratorTexts
{
    public string NoFeedback => "No down-voted answers to review.";

    public string FeedbackTitle => "<b>Most down-voted answers</b>, with the questions that got them:";

    public string DownVoteReason(string reason) => reason switch
    {
        Core.Feedback.DownVoteReason.Wrong => "wrong",
        Core.Feedback.DownVoteReason.Outdated => "outdated",
        Core.Feedback.DownVoteReason.Unanswered => "didn't answer the question",
        _ => reason,
    };

    public string AnsweredWith => "answered with";

    public string NoOtherFact => "no other fact comes close";

    public string FixTheFact => "fix the fact itself with /editfact if it is wrong or outdated";

    public string NextBest => "the bot now answers it with:";

    public string NoVotes => "<b>Votes:</b> none yet";

    public string VotesTitle => "<b>Votes per fact</b> (most 👎 first):";

    public string CorrectIt(string idHtml) => $"Correct it with /editfact {idHtml}, see its versions with /history {idHtml}";

    public string OpenButton(int number, string factId) => $"#{N(number)} open {factId}";

    public string AttachButton(int number, string factId) => $"#{N(number)} attach → {factId}";

    public string FeedbackOutdated => "That button is out of date; send /feedback again.";
}
