using System.Text;
using ChatBot.Core.Answering;
using ChatBot.Core.Changes;
using ChatBot.Core.Curation;
using ChatBot.Core.Facts;
using ChatBot.Core.Rendering;

namespace ChatBot.Telegram.Texts;

/// <summary>The Ukrainian interface. Facts, quotes, sources and example questions stay as curated (in English).</summary>
public sealed partial class UkrainianTexts : IUiTexts
{
    public static readonly UkrainianTexts Instance = new();

    private const string Coverage =
        "Я відповідаю на запитання про мирні переговори США, Росії та України — делегації, пропозиції, позиції щодо " +
        "перемир'я та пов'язані події — на основі добірки перевірених фактів, кожен із дослівною цитатою та джерелом.";

    private UkrainianTexts()
    {
    }

    public string Language => "uk";

    public string UnknownCommand => "Я не знаю такої команди. Надішліть /help, щоб побачити, що я вмію.";

    public string NotText => "Я читаю лише текст. Надішліть запитання текстом або підписом до фото.";

    public string NoQuestion => "Я не знайшов тут запитання. Запитайте словами, наприклад: <i>Хто очолює делегацію США?</i>";

    public string FloodNotice => "Ви питаєте швидше, ніж я встигаю. Зачекайте хвилину й запитайте знову.";

    public string DidYouMean => "Я не маю перевіреного факту про це. Найближчі факти, що в мене є:";

    public string AlsoAsked => "Можливо, ви мали на увазі інше?";

    public string FactGone => "Ця відповідь більше недоступна.";

    public string AlreadyAnswered => "Вже відповів — дивіться повідомлення вище.";

    public string TooLong(int max) => $"Це повідомлення задовге для мене. Поставте одне коротке запитання (до {max} символів).";

    public string? AnswerNote => "<i>Відповідь англійською: перекладу цього факту ще немає.</i>\n\n";

    public string Passage(PassageAnswer passage, bool offersFacts)
    {
        ArgumentNullException.ThrowIfNull(passage);
        return new StringBuilder("Я не маю перевіреного факту про це, але в джерелі сказано:\n\n<blockquote>")
            .Append(Html.Escape(passage.Text)).Append("</blockquote>\n— ").Append(((IUiTexts)this).SourceLine(passage.Citation))
            .Append("\n\n<i>Цитата з джерела, не перевірена куратором · збіг ").Append(Math.Round(passage.Confidence * 100)).Append("%.</i>")
            .Append(offersFacts ? "\n\nПеревірені факти про щось близьке:" : "").ToString();
    }

    public string NoFact(IReadOnlyList<string> examples) =>
        "Я не маю перевіреного факту про це, тож не вгадуватиму. Я відповідаю про мирні переговори США, Росії " +
        "та України, на основі перевірених фактів з цитатами з джерел (англійською)." +
        (examples.Count > 0 ? "\n\nМожна запитати:" + TextParts.Examples(examples) : "");

    public string Welcome(IReadOnlyList<string> examples) =>
        "<b>Вітаю!</b> " + Coverage + "\n\nПросто запитайте — українською, російською чи англійською. Наприклад:" +
        TextParts.Examples(examples) + "\n\nНадішліть /help, щоб дізнатися більше.";

    public string Retracted(Fact fact, IReadOnlyList<string> examples)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return $"Відповідь на <i>{Html.Escape(Answers.FactWording.Question(fact, Language))}</i> куратори відкликали {Dates.Show(DateOnly.FromDateTime(fact.UpdatedAt.UtcDateTime), Language)}, " +
            "тож я її більше не даю.\n\nМожна запитати:" + TextParts.Examples(examples);
    }

    public string FactNotFound(string id) => Slug.IsWellFormed(id)
        ? $"У мене немає факту з ідентифікатором <code>{Html.Escape(id)}</code>."
        : $"<code>{Html.Escape(TextCut.Shorten(id, 40))}</code> — не ідентифікатор факту. Ідентифікатори короткі, як-от " +
          "<code>ternopil-strike</code> (малі латинські літери, цифри й дефіси).";

    public string LinkedFactNotFound => "Я не знайшов факт, на який вказує це посилання: можливо, його вилучено або посилання неповне.";

    public string SourceLabel => "Джерело: ";

    public string LastChecked(DateOnly day) => "Востаннє перевірено " + Dates.Show(day, Language);

    public string NoVerifiedAnswer => "Я не маю перевіреної відповіді на це.";

    public string Share => "↗ Поділитися";

    public string Related(string question) => "Пов'язане: " + question;

    public string WhatWasWrong => "Дякую. Що не так із цією відповіддю?";

    public string ThanksUp => "Дякую за 👍";

    public string ThanksDown => "Дякую — куратори це перевірять.";

    public string ReasonNotYours => "Пояснити, що не так, може лише той, хто голосував.";

    public string ReasonRecorded => "Дякую — куратори побачать це разом із вашим запитанням.";

    public string Reason(string reason) => reason switch
    {
        Core.Feedback.DownVoteReason.Wrong => "Це неправда",
        Core.Feedback.DownVoteReason.Outdated => "Це застаріло",
        _ => "Це не відповідь на моє запитання",
    };

    public string LatestNothing => "У тому, що я знаю, ще нічого не змінилося.";

    public string LatestTitle => "<b>Що нового</b> (спершу найновіше)";

    public string ChangeLabel(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "Додано",
        ChangeKind.Corrected => "Виправлено",
        ChangeKind.Retracted => "Відкликано",
        _ => "Відновлено",
    };

    public string Was => "було: ";

    public string NoLongerGiven => "Це більше не дається як відповідь.";
}
