namespace ChatBot.Telegram.Texts.Curation;

public sealed partial class UkrainianCuratorTexts
{
    public string NoFeedback => "Немає відповідей із 👎 для перегляду.";

    public string FeedbackTitle => "<b>Відповіді з найбільшою кількістю 👎</b> і запитання, на які їх дали:";

    public string DownVoteReason(string reason) => reason switch
    {
        Core.Feedback.DownVoteReason.Wrong => "неправда",
        Core.Feedback.DownVoteReason.Outdated => "застаріло",
        Core.Feedback.DownVoteReason.Unanswered => "не відповідь на запитання",
        _ => reason,
    };

    public string AnsweredWith => "відповіли фактом";

    public string NoOtherFact => "жоден інший факт не підходить";

    public string FixTheFact => "якщо факт хибний чи застарілий, виправте його через /editfact";

    public string NextBest => "тепер бот відповідає на нього фактом:";

    public string NoVotes => "<b>Голоси:</b> ще немає";

    public string VotesTitle => "<b>Голоси за фактами</b> (спершу ті, що мають найбільше 👎):";

    public string CorrectIt(string idHtml) => $"Виправити: /editfact {idHtml}; версії: /history {idHtml}";

    public string OpenButton(int number, string factId) => $"#{N(number)} відкрити {factId}";

    public string AttachButton(int number, string factId) => $"#{N(number)} приєднати → {factId}";

    public string FeedbackOutdated => "Ця кнопка застаріла; надішліть /feedback ще раз.";
}
