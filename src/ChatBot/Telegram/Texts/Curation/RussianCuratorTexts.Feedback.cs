namespace ChatBot.Telegram.Texts.Curation;

public sealed partial class RussianCuratorTexts
{
    public string NoFeedback => "Нет ответов с 👎 для просмотра.";

    public string FeedbackTitle => "<b>Ответы с наибольшим числом 👎</b> и вопросы, на которые их дали:";

    public string DownVoteReason(string reason) => reason switch
    {
        Core.Feedback.DownVoteReason.Wrong => "неверно",
        Core.Feedback.DownVoteReason.Outdated => "устарело",
        Core.Feedback.DownVoteReason.Unanswered => "не ответ на вопрос",
        _ => reason,
    };

    public string AnsweredWith => "ответили фактом";

    public string NoOtherFact => "ни один другой факт не подходит";

    public string FixTheFact => "если факт неверен или устарел, исправьте его через /editfact";

    public string NextBest => "теперь бот отвечает на него фактом:";

    public string NoVotes => "<b>Голоса:</b> пока нет";

    public string VotesTitle => "<b>Голоса по фактам</b> (сначала те, у которых больше всего 👎):";

    public string CorrectIt(string idHtml) => $"Исправить: /editfact {idHtml}; версии: /history {idHtml}";

    public string OpenButton(int number, string factId) => $"#{N(number)} открыть {factId}";

    public string AttachButton(int number, string factId) => $"#{N(number)} присоединить → {factId}";

    public string FeedbackOutdated => "Эта кнопка устарела; отправьте /feedback ещё раз.";
}
