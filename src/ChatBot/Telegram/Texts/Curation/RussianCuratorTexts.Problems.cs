using System.Globalization;
using ChatBot.Core.Curation;
using ChatBot.Telegram.Commands.Admin;
using P = ChatBot.Core.Curation.FieldProblem;

namespace ChatBot.Telegram.Texts.Curation;

public sealed partial class RussianCuratorTexts
{
    public string FieldLabel(FieldError fieldError)
    {
        ArgumentNullException.ThrowIfNull(fieldError);
        return fieldError.Problem switch
        {
            P.NotAFieldLine p => "строка " + N(p.Line),
            P.ExportOutdated p => $"факт «{p.FactId}»",
            P.QuestionAlsoOf p => $"факт «{p.FactId}»",
            _ => fieldError.Field switch
            {
                FieldNames.Id => "идентификатор",
                FieldNames.Question => "вопрос",
                FieldNames.Words => "слова",
                FieldNames.Word => "слово",
                FieldNames.Fields => "поля",
                FieldNames.Document => "документ",
                FieldNames.Format => "формат",
                var field => field,
            },
        };
    }

    public string MakeFactAction => "«сделать фактом»";

    public string AttachAction => "«прикрепить»";

    public string DismissAction => "«отклонить»";

    public string HistoryAction(string action) => action switch
    {
        "add" => "добавление",
        "edit" => "правка",
        "retire" => "отзыв",
        "restore" => "восстановление",
        "alias" => "новый вопрос",
        "import" => "импорт",
        "seed" => "начальная загрузка",
        _ when action.StartsWith(RevertTo, StringComparison.Ordinal) => "возврат к " + action[RevertTo.Length..],
        _ => action,
    };

    public string SeedActor => "папка данных";

    public string StatusChanged => "статус";

    private const string RevertTo = "revert to ";

    public string Problem(FieldProblem problem) => problem switch
    {
        P.LineMissing p => $"отсутствует; добавьте строку «{p.Name}: …»",
        P.QuestionMissing => "отсутствует; добавьте вопрос строкой «Q: …»",
        P.QuoteMissing => "отсутствует; добавьте хотя бы одну строку «Quote: …», дословно скопированную из источника",
        P.SourceMissing => "отсутствует; добавьте «Source: <идентификатор или URL источника>»",
        P.SourceTextMissing => "отсутствует; закончите сообщение строкой «Text:» и полным текстом источника или пришлите его документом .txt",
        P.SourceTextTwice => "есть и в сообщении, и в документе; пришлите что-то одно",
        P.EditIdMissing => "отсутствует; напишите /editfact <идентификатор>, а ниже — строки полей, которые нужно заменить",
        P.NoFieldsGiven => "не дано ни одного; добавьте хотя бы одно из Q:, A:, Quote:, Source:, Tags:, Notify:, Q[uk]:, A[uk]:",
        P.GivenTimes p => $"указано {Times(p.Count)}; укажите один раз",
        P.GivenOnLines p => $"указано {Times(p.Lines.Count)} (строки {Join(p.Lines)}); укажите один раз",
        P.TagsGivenTimes p => $"указано {Times(p.Count)}; перечислите все теги в одной строке через запятую",
        P.Empty => "пусто",
        P.EmptyOnLine p => $"в строке {N(p.Line)} пусто",
        P.EmptyTranslationOnLine p => $"в строке {N(p.Line)} пусто; чтобы удалить перевод, напишите «A[{p.Language}]: -»",
        P.SourceEmptyOnLine p => $"в строке {N(p.Line)} пусто; укажите идентификатор или URL источника",
        P.ContinuesOnNextLine p => $"продолжается на следующей строке («{p.Extra}»); начинайте каждое поле с новой строки с его названия",
        P.TooLong p => $"слишком длинно — {Characters(p.Length)}; не больше {N(p.Max)}",
        P.TooLongShown p => $"слишком длинно — {Characters(p.Length)}; не больше {N(p.Max)} («{p.Start}»)",
        P.TooLongOnLine p => $"в строке {N(p.Line)} слишком длинно — {Characters(p.Length)}; не больше {N(p.Max)}",
        P.NotYesNo p => $"«{p.Value}» — не yes и не no",
        P.VersionOnlyForEdit => "версию принимает только /editfact",
        P.TranslationWithoutAnswer p =>
            $"в строке {N(p.Line)} переводит ответ, которого в сообщении нет: сначала добавьте английский ответ строкой «A: …»",
        P.UnexpectedAfterId p => $"лишнее «{p.Text}» после идентификатора и версии",
        P.VersionContradicts p => $"v{N(p.FromLine)} противоречит v{N(p.FromCommand)} в строке команды",
        P.RemoveOnlyInEdit p => $"в строке {N(p.Line)}: «-» удаляет перевод, а это делает только /editfact",
        P.RemoveNotAlone p =>
            $"в строке {N(p.Line)}: «-» удаляет вопросы языка, только когда это единственная строка Q[{p.Language}]: в /editfact",
        P.TooManyTranslatedQuestions p => $"{Questions(p.Count)}; не больше {N(p.Max)} на язык",
        P.GivenTwiceOnLine p => $"в строке {N(p.Line)}: «{p.Question}» указан дважды",
        P.GivenTwice p => $"«{p.Question}» указан дважды",
        P.NotAVersion p => $"«{p.Text}» — не версия; напишите v3 или 3",
        P.NoLanguageTag p => $"в строке {N(p.Line)}: у поля «{p.Label}» не бывает языковой пометки; " +
            (p.Translatable.Count > 0 ? "переводить можно только " + string.Join(" и ", p.Translatable.Select(t => t + "[xx]:")) : "переводить здесь нечего"),
        P.UnknownLanguageOnLine p => $"в строке {N(p.Line)}: неизвестный язык «{p.Tag}»; укажите один из языков: {string.Join(", ", p.Languages)}",
        P.UnknownField p => $"неизвестное поле в строке {N(p.Line)}; может быть, вы имели в виду «{p.Meant}:»? Поля: {string.Join(", ", p.Names)}.",
        P.NotAFieldLine p => $"«{p.Text}» — не строка поля; начинайте строки с одного из: {string.Join(", ", p.Names.Select(n => n + ":"))}",
        P.NotHttpLink p => $"«{p.Url}» — не ссылка http(s)",
        P.NotADate p => $"«{p.Text}» — не дата; пишите гггг-мм-дд",
        P.QuoteTooShort p => $"«{p.Quote}» — слишком короткая цитата, чтобы подтвердить факт: скопируйте из источника дословно отрывок хотя бы из " +
            $"{TextParts.Count(p.MinWords, "слова", "слов", "слов")} и {TextParts.Count(p.MinLength, "символа", "символов", "символов")}",
        P.NoneGiven p => "не дано; " + p.Part switch
        {
            FactPart.Question => "факту нужен хотя бы один вопрос (основной или альтернативный)",
            FactPart.Quote => "факту нужна хотя бы одна цитата",
            FactPart.Answer => "факту нужен ответ",
            _ => "факту нужен хотя бы один тег",
        },
        P.TooMany p => $"{Parts(p.Part, p.Count)}; не больше {N(p.Max)}. Оставьте {N(p.Max)} лучших",
        P.NullText => "отсутствует (null); напишите текст или удалите запись",
        P.Invisible => "ничего не показывает: пусто или только пробелы и невидимые символы (например, пробелы нулевой ширины); напишите текст",
        P.UnknownSource p => $"«{p.Reference}» — неизвестный идентификатор или URL источника; сначала добавьте источник командой /addsource",
        P.NotVerbatim p => $"цитаты «{p.Quote}» нет дословно в источнике «{p.SourceId}». " +
            (p.Closest is null ? "Ни один отрывок источника не имеет с ней общих слов." : $"Ближайший отрывок: «{p.Closest}»"),
        P.QuestionTaken p => $"«{p.Question}» — уже вопрос факта «{p.FactId}»",
        P.IdTaken p => $"«{p.Id}» только что занял другой администратор; отправьте сообщение ещё раз",
        P.NoSuchFact p => $"факта «{p.Id}» нет" + (p.SeeFacts ? "; см. /facts" : ""),
        P.NoTranslationToRemove p => $"у факта «{p.FactId}» нет ответа на языке {p.Language}, который можно было бы удалить",
        P.NothingToChange p => $"нечего менять: факт «{p.FactId}» v{N(p.Version)} уже говорит именно это",
        P.Stale p => $"факт «{p.FactId}» уже в v{N(p.Current)}, а ваше изменение основано на v{N(p.Seen)}: тем временем его кто-то изменил. " +
            $"Ничего не изменено; посмотрите /history {p.FactId} и отправьте изменение ещё раз, уже относительно v{N(p.Current)}.",
        P.AlreadyRetired p => $"факт «{p.FactId}» уже отозван; /restorefact {p.FactId} вернёт его",
        P.NoSuchVersion p => $"у факта «{p.FactId}» нет v{N(p.Wanted)}; есть версии с v1 по v{N(p.Latest)}",
        P.AlreadyActive p => $"факт «{p.FactId}» уже действует в v{N(p.Version)}; восстанавливать нечего",
        P.SourceUrlTaken p => $"это уже источник «{p.SourceId}»; ссылайтесь на него так: «Source: {p.SourceId}»",
        P.SourceAddedMeanwhile => "другой администратор только что добавил этот источник; ничего не изменено",
        P.MissingArgument p => "отсутствует; как пользоваться: " + Usage(p.Usage),
        P.UnexpectedArguments p => $"лишнее «{p.Text}»; как пользоваться: {Usage(p.Usage)}",
        P.AliasTakesQuestion p => $"/alias добавляет вопрос, записанный как «Q[xx]: …»; {p.Label}[{p.Tag}] факта меняйте через /editfact",
        P.UnknownLanguage p => $"неизвестный язык «{p.Language}»; укажите один из языков: {string.Join(", ", p.Languages)}" +
            (p.EnglishUntagged ? " — или не ставьте пометку для английского вопроса" : ""),
        P.QuestionEmpty => "пусто; напишите вопрос после пометки",
        P.DashIsNoQuestion p => $"«-» — не вопрос; вопросы языка удаляют командой /editfact {p.FactId} со строкой «Q[{p.Language}]: -»",
        P.LanguageQuestionsFull p => $"у факта «{p.FactId}» уже {Questions(p.Count)} на языке {p.Language}; не больше " +
            $"{N(p.Max)} на язык. Замените их командой /editfact {p.FactId} со строками Q[{p.Language}]:",
        P.NoLongerInReport => "уже не в отчёте (его уже прикрепили или отклонили)",
        P.AttachTargetRetired p => $"факт «{p.FactId}» отозван уже после этого отчёта; /restorefact {p.FactId} вернёт его, " +
            "или прикрепите вопрос к другому факту: /alias <идентификатор> <вопрос>",
        P.NoSourceSentence => "больше не получает предложения из источника (хранилище изменилось); воспользуйтесь /addfact",
        P.SynonymsNeedTwo => "дайте хотя бы два разных слова: /synonym <слово> <слово> …",
        P.AlreadySynonyms p => "уже синонимы: " + string.Join(' ', p.Words),
        P.SynonymsToRemoveMissing => "дайте слова, которые нужно удалить: /synonym remove <слово> …",
        P.InNoSynonymGroup p => string.Join(' ', p.Words) + ": нет ни в одной группе синонимов",
        P.NotASingleWord p => $"«{p.Word}» — не одно слово",
        P.InvalidJson p => "не является корректным JSON" + (p.Line is { } line ? $" (строка {N(line)}" + (p.Position is { } at ? $", позиция {N(at)})" : ")") : ""),
        P.NotAnExport p => $"документ — не экспорт {p.Format} v{N(p.Version)}; берите за основу файл, который присылает /export",
        P.NullEntry p => "равно null" + p.Entry switch
        {
            JsonEntry.Fact => "; каждый факт должен быть объектом, как те, что пишет /export, или его нужно убрать",
            JsonEntry.Source => "; каждый источник должен быть объектом, как те, что пишет /export, или его нужно убрать",
            JsonEntry.Quote => "; цитата выглядит так: {\"source\": \"<идентификатор источника>\", \"text\": \"<отрывок>\"}",
            JsonEntry.Translation => "; дайте {\"answer\": \"…\", \"questions\": [\"…\"]} или уберите язык",
            JsonEntry.SynonymGroup => "; группа синонимов — это список отдельных слов",
            _ => "",
        },
        P.BadId => "идентификатора нет, или он состоит не только из строчных латинских букв, цифр и дефисов",
        P.IdTwice => "идентификатор встречается в документе дважды",
        P.PropertyMissing p => p.Name is null ? "отсутствует" : $"нет поля «{p.Name}»",
        P.PropertyTooLong p => $"поле «{p.Name}» слишком длинное — {Characters(p.Length)}; не больше {N(p.Max)}",
        P.PropertyNotADate p => $"поле «{p.Name}»: «{p.Text}» — не дата; пишите гггг-мм-дд",
        P.PropertyNotHttpLink p => $"поле «{p.Name}»: «{p.Url}» — не ссылка http(s)",
        P.QuoteCitesUnknownSource p => $"цитата ссылается на неизвестный источник «{p.Source}»",
        P.QuoteNotVerbatim p => $"цитаты «{p.Quote}» нет дословно в источнике «{p.SourceId}»" +
            (p.Closest is null ? "" : $"; ближайший отрывок: «{p.Closest}»"),
        P.BadStatus p => $"статус «{p.Status}» — не active и не retired",
        P.BadVersion p => $"{N(p.Version)} — недопустимый номер версии",
        P.SourceChanged => "отличается от сохранённого источника с этим идентификатором; источники не меняются (цитаты проверены именно по ним) — " +
            "импортируйте его под новым идентификатором",
        P.UrlIsStoredSource p => $"эта ссылка уже есть у сохранённого источника «{p.SourceId}»",
        P.TextMissingOrInvisible => "отсутствует или ничего не показывает; напишите текст или уберите его",
        P.ExportOutdated p => $"в документе v{N(p.DocumentVersion)}, а в хранилище уже v{N(p.StoreVersion)}: факт изменился после экспорта. " +
            "Экспортируйте ещё раз и повторите правку.",
        P.QuestionAlsoOf p => $"вопрос «{p.Question}» — также вопрос факта «{p.OtherId}»",
        P.NotSingleWords => "должна состоять только из отдельных слов",
        P.StoreChangedMeanwhile => "хранилище изменилось во время импорта; ничего не изменено — экспортируйте ещё раз и повторите",
        DocumentProblem.Missing => "отсутствует; пришлите JSON-файл из /export с подписью /import или ответьте на него командой /import",
        DocumentProblem.TooLarge p => $"слишком большой — {N(p.Kilobytes)} КБ; не больше {N(p.MaxKilobytes)} КБ",
        DocumentProblem.NotDownloaded p => "не удалось загрузить из Телеграма" +
            (p.ErrorCode is { } code ? $" (ошибка Телеграма {N(code)})" : "") + "; пришлите файл ещё раз",
        DocumentProblem.NotUtf8 => "не является текстом в кодировке UTF-8",
        DocumentProblem.NotText p => $"документ имеет тип {p.MimeType}; пришлите источник файлом .txt",
        DocumentProblem.OfSource p => "документ " + Problem(p.Problem),
        _ => EnglishCuratorTexts.Instance.Problem(problem),
    };

    private static string Times(int count) => TextParts.Count(count, "раз", "раза", "раз");

    private static string Characters(int count) => TextParts.Count(count, "символ", "символа", "символов");

    private static string Questions(int count) => TextParts.Count(count, "вопрос", "вопроса", "вопросов");

    private static string Parts(FactPart part, int count) => part switch
    {
        FactPart.Question => Questions(count),
        FactPart.Quote => TextParts.Count(count, "цитата", "цитаты", "цитат"),
        FactPart.Answer => TextParts.Count(count, "ответ", "ответа", "ответов"),
        _ => TextParts.Count(count, "тег", "тега", "тегов"),
    };

    private static string Usage(CommandUsage usage) => usage switch
    {
        CommandUsage.Alias => "/alias <идентификатор> <вопрос> или /alias <идентификатор> Q[uk]: <вопрос> для другого языка",
        CommandUsage.DelFact => "/delfact <идентификатор> [v<версия>]",
        CommandUsage.RestoreFact => "/restorefact <идентификатор> [v<версия, которую вернуть>]",
        CommandUsage.History => "/history <идентификатор>",
        _ => "/editfact <идентификатор>",
    };

    private static string Join(IEnumerable<int> numbers) => string.Join(", ", numbers.Select(N));

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
