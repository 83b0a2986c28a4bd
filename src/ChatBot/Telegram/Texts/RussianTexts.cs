using System.Text;
using ChatBot.Core.Answering;
using ChatBot.Core.Changes;
using ChatBot.Core.Curation;
using ChatBot.Core.Facts;
using ChatBot.Core.Rendering;

namespace ChatBot.Telegram.Texts;

/// <summary>The Russian interface. Facts, quotes, sources and example questions stay as curated (in English).</summary>
public sealed partial class RussianTexts : IUiTexts
{
    public static readonly RussianTexts Instance = new();

    private const string Coverage =
        "Я отвечаю на вопросы о мирных переговорах США, России и Украины — делегации, предложения, позиции по " +
        "перемирию и связанные события — на основе подборки проверенных фактов, каждый с дословной цитатой и источником.";

    private RussianTexts()
    {
    }

    public string Language => "ru";

    public string UnknownCommand => "Я не знаю такой команды. Отправьте /help, чтобы увидеть, что я умею.";

    public string NotText => "Я читаю только текст. Отправьте вопрос текстом или подписью к фото.";

    public string NoQuestion => "Я не нашёл здесь вопроса. Спросите словами, например: <i>Кто возглавляет делегацию США?</i>";

    public string FloodNotice => "Вы спрашиваете быстрее, чем я успеваю. Подождите минуту и спросите снова.";

    public string DidYouMean => "У меня нет проверенного факта об этом. Ближайшие факты, которые у меня есть:";

    public string AlsoAsked => "Возможно, вы имели в виду другое?";

    public string FactGone => "Этот ответ больше недоступен.";

    public string AlreadyAnswered => "Уже ответил — смотрите сообщение выше.";

    public string TooLong(int max) => $"Это сообщение слишком длинное для меня. Задайте один короткий вопрос (до {max} символов).";

    public string? AnswerNote => "<i>Ответ на английском: перевода этого факта пока нет.</i>\n\n";

    public string Passage(PassageAnswer passage, bool offersFacts)
    {
        ArgumentNullException.ThrowIfNull(passage);
        return new StringBuilder("У меня нет проверенного факта об этом, но в источнике сказано:\n\n<blockquote>")
            .Append(Html.Escape(passage.Text)).Append("</blockquote>\n— ").Append(((IUiTexts)this).SourceLine(passage.Citation))
            .Append("\n\n<i>Цитата из источника, не проверена куратором · совпадение ").Append(Math.Round(passage.Confidence * 100)).Append("%.</i>")
            .Append(offersFacts ? "\n\nПроверенные факты о чём-то близком:" : "").ToString();
    }

    public string NoFact(IReadOnlyList<string> examples) =>
        "У меня нет проверенного факта об этом, поэтому я не буду гадать. Я отвечаю о мирных переговорах США, " +
        "России и Украины на основе проверенных фактов с цитатами из источников (на английском)." +
        (examples.Count > 0 ? "\n\nМожно спросить:" + TextParts.Examples(examples) : "");

    public string Welcome(IReadOnlyList<string> examples) =>
        "<b>Здравствуйте!</b> " + Coverage + "\n\nПросто спросите — по-русски, по-украински или по-английски. Например:" +
        TextParts.Examples(examples) + "\n\nОтправьте /help, чтобы узнать больше.";

    public string Retracted(Fact fact, IReadOnlyList<string> examples)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return $"Ответ на <i>{Html.Escape(Answers.FactWording.Question(fact, Language))}</i> кураторы отозвали {Dates.Show(DateOnly.FromDateTime(fact.UpdatedAt.UtcDateTime), Language)}, " +
            "поэтому я его больше не даю.\n\nМожно спросить:" + TextParts.Examples(examples);
    }

    public string FactNotFound(string id) => Slug.IsWellFormed(id)
        ? $"У меня нет факта с идентификатором <code>{Html.Escape(id)}</code>."
        : $"<code>{Html.Escape(TextCut.Shorten(id, 40))}</code> — не идентификатор факта. Идентификаторы короткие, например " +
          "<code>ternopil-strike</code> (строчные латинские буквы, цифры и дефисы).";

    public string LinkedFactNotFound => "Я не нашёл факт, на который указывает эта ссылка: возможно, его удалили или ссылка неполная.";

    public string SourceLabel => "Источник: ";

    public string LastChecked(DateOnly day) => "Последняя проверка " + Dates.Show(day, Language);

    public string NoVerifiedAnswer => "У меня нет проверенного ответа на это.";

    public string Share => "↗ Поделиться";

    public string Related(string question) => "Связанное: " + question;

    public string WhatWasWrong => "Спасибо. Что не так с этим ответом?";

    public string ThanksUp => "Спасибо за 👍";

    public string ThanksDown => "Спасибо — кураторы это проверят.";

    public string ReasonNotYours => "Объяснить, что не так, может только тот, кто голосовал.";

    public string ReasonRecorded => "Спасибо — кураторы увидят это вместе с вашим вопросом.";

    public string Reason(string reason) => reason switch
    {
        Core.Feedback.DownVoteReason.Wrong => "Это неверно",
        Core.Feedback.DownVoteReason.Outdated => "Это устарело",
        _ => "Это не ответ на мой вопрос",
    };

    public string LatestNothing => "В том, что я знаю, пока ничего не изменилось.";

    public string LatestTitle => "<b>Что нового</b> (сначала новое)";

    public string ChangeLabel(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "Добавлено",
        ChangeKind.Corrected => "Исправлено",
        ChangeKind.Retracted => "Отозвано",
        _ => "Восстановлено",
    };

    public string Was => "было: ";

    public string NoLongerGiven => "Это больше не даётся как ответ.";
}
