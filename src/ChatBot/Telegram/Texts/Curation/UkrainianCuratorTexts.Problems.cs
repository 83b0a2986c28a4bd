using System.Globalization;
using ChatBot.Core.Curation;
using ChatBot.Telegram.Commands.Admin;
using P = ChatBot.Core.Curation.FieldProblem;

namespace ChatBot.Telegram.Texts.Curation;

public sealed partial class UkrainianCuratorTexts
{
    public string FieldLabel(FieldError fieldError)
    {
        ArgumentNullException.ThrowIfNull(fieldError);
        return fieldError.Problem switch
        {
            P.NotAFieldLine p => "рядок " + N(p.Line),
            P.ExportOutdated p => $"факт «{p.FactId}»",
            P.QuestionAlsoOf p => $"факт «{p.FactId}»",
            _ => fieldError.Field switch
            {
                FieldNames.Id => "ідентифікатор",
                FieldNames.Question => "запитання",
                FieldNames.Words => "слова",
                FieldNames.Word => "слово",
                FieldNames.Fields => "поля",
                FieldNames.Document => "документ",
                FieldNames.Format => "формат",
                var field => field,
            },
        };
    }

    public string MakeFactAction => "«зробити фактом»";

    public string AttachAction => "«приєднати»";

    public string DismissAction => "«відхилити»";

    public string HistoryAction(string action) => action switch
    {
        "add" => "додавання",
        "edit" => "правка",
        "retire" => "відкликання",
        "restore" => "відновлення",
        "alias" => "нове запитання",
        "import" => "імпорт",
        "seed" => "початкове завантаження",
        _ when action.StartsWith(RevertTo, StringComparison.Ordinal) => "повернення до " + action[RevertTo.Length..],
        _ => action,
    };

    public string SeedActor => "папка даних";

    public string StatusChanged => "статус";

    private const string RevertTo = "revert to ";

    public string Problem(FieldProblem problem) => problem switch
    {
        P.LineMissing p => $"бракує; додайте рядок «{p.Name}: …»",
        P.QuestionMissing => "бракує; додайте запитання рядком «Q: …»",
        P.QuoteMissing => "бракує; додайте принаймні один рядок «Quote: …», дослівно скопійований із джерела",
        P.SourceMissing => "бракує; додайте «Source: <ідентифікатор або URL джерела>»",
        P.SourceTextMissing => "бракує; завершіть повідомлення рядком «Text:» і повним текстом джерела або надішліть його документом .txt",
        P.SourceTextTwice => "є і в повідомленні, і в документі; надішліть щось одне",
        P.EditIdMissing => "бракує; напишіть /editfact <ідентифікатор>, а нижче — рядки полів, які треба замінити",
        P.NoFieldsGiven => "не подано жодного; додайте принаймні одне з Q:, A:, Quote:, Source:, Tags:, Notify:, Q[uk]:, A[uk]:",
        P.GivenTimes p => $"подано {Times(p.Count)}; подайте один раз",
        P.GivenOnLines p => $"подано {Times(p.Lines.Count)} (рядки {Join(p.Lines)}); подайте один раз",
        P.TagsGivenTimes p => $"подано {Times(p.Count)}; перелічіть усі теги в одному рядку через кому",
        P.Empty => "порожнє",
        P.EmptyOnLine p => $"у рядку {N(p.Line)} порожнє",
        P.EmptyTranslationOnLine p => $"у рядку {N(p.Line)} порожнє; щоб вилучити переклад, напишіть «A[{p.Language}]: -»",
        P.SourceEmptyOnLine p => $"у рядку {N(p.Line)} порожнє; вкажіть ідентифікатор або URL джерела",
        P.ContinuesOnNextLine p => $"продовжується в наступному рядку («{p.Extra}»); починайте кожне поле з нового рядка з його назви",
        P.TooLong p => $"задовге — {Characters(p.Length)}; щонайбільше {N(p.Max)}",
        P.TooLongShown p => $"задовге — {Characters(p.Length)}; щонайбільше {N(p.Max)} («{p.Start}»)",
        P.TooLongOnLine p => $"у рядку {N(p.Line)} задовге — {Characters(p.Length)}; щонайбільше {N(p.Max)}",
        P.NotYesNo p => $"«{p.Value}» — не yes і не no",
        P.VersionOnlyForEdit => "версію приймає лише /editfact",
        P.TranslationWithoutAnswer p =>
            $"у рядку {N(p.Line)} перекладає відповідь, якої в повідомленні немає: спершу додайте англійську відповідь рядком «A: …»",
        P.UnexpectedAfterId p => $"зайве «{p.Text}» після ідентифікатора й версії",
        P.VersionContradicts p => $"v{N(p.FromLine)} суперечить v{N(p.FromCommand)} у рядку команди",
        P.RemoveOnlyInEdit p => $"у рядку {N(p.Line)}: «-» вилучає переклад, а це робить лише /editfact",
        P.RemoveNotAlone p =>
            $"у рядку {N(p.Line)}: «-» вилучає запитання мови, лише коли це єдиний рядок Q[{p.Language}]: у /editfact",
        P.TooManyTranslatedQuestions p => $"{Questions(p.Count)}; щонайбільше {N(p.Max)} для однієї мови",
        P.GivenTwiceOnLine p => $"у рядку {N(p.Line)}: «{p.Question}» подано двічі",
        P.GivenTwice p => $"«{p.Question}» подано двічі",
        P.NotAVersion p => $"«{p.Text}» — не версія; напишіть v3 або 3",
        P.NoLanguageTag p => $"у рядку {N(p.Line)}: поле «{p.Label}» не може мати мовної позначки; " +
            (p.Translatable.Count > 0 ? "перекладати можна лише " + string.Join(" і ", p.Translatable.Select(t => t + "[xx]:")) : "перекладати тут нічого"),
        P.UnknownLanguageOnLine p => $"у рядку {N(p.Line)}: невідома мова «{p.Tag}»; вкажіть одну з мов: {string.Join(", ", p.Languages)}",
        P.UnknownField p => $"невідоме поле в рядку {N(p.Line)}; може, ви мали на увазі «{p.Meant}:»? Поля: {string.Join(", ", p.Names)}.",
        P.NotAFieldLine p => $"«{p.Text}» — не рядок поля; починайте рядки з одного з: {string.Join(", ", p.Names.Select(n => n + ":"))}",
        P.NotHttpLink p => $"«{p.Url}» — не посилання http(s)",
        P.NotADate p => $"«{p.Text}» — не дата; пишіть рррр-мм-дд",
        P.QuoteTooShort p => $"«{p.Quote}» — закоротка цитата, щоб підтвердити факт: скопіюйте з джерела дослівно уривок щонайменше з " +
            $"{TextParts.Count(p.MinWords, "слова", "слів", "слів")} і {TextParts.Count(p.MinLength, "символу", "символів", "символів")}",
        P.NoneGiven p => "не подано; " + p.Part switch
        {
            FactPart.Question => "факт потребує принаймні одного запитання (основного чи альтернативного)",
            FactPart.Quote => "факт потребує принаймні однієї цитати",
            FactPart.Answer => "факт потребує відповіді",
            _ => "факт потребує принаймні одного тегу",
        },
        P.TooMany p => $"{Parts(p.Part, p.Count)}; щонайбільше {N(p.Max)}. Залиште {N(p.Max)} найкращих",
        P.NullText => "бракує (null); напишіть текст або вилучіть запис",
        P.Invisible => "нічого не показує: порожньо або лише пробіли й невидимі символи (як-от пробіли нульової ширини); напишіть текст",
        P.UnknownSource p => $"«{p.Reference}» — невідомий ідентифікатор чи URL джерела; спершу додайте джерело командою /addsource",
        P.NotVerbatim p => $"цитати «{p.Quote}» немає дослівно в джерелі «{p.SourceId}». " +
            (p.Closest is null ? "Жоден уривок джерела не має з нею спільних слів." : $"Найближчий уривок: «{p.Closest}»"),
        P.QuestionTaken p => $"«{p.Question}» уже є запитанням факту «{p.FactId}»",
        P.IdTaken p => $"«{p.Id}» щойно зайняв інший адміністратор; надішліть повідомлення ще раз",
        P.NoSuchFact p => $"факту «{p.Id}» немає" + (p.SeeFacts ? "; див. /facts" : ""),
        P.NoTranslationToRemove p => $"факт «{p.FactId}» не має відповіді мовою {p.Language}, яку можна було б вилучити",
        P.NothingToChange p => $"змінювати нічого: факт «{p.FactId}» v{N(p.Version)} уже саме це й каже",
        P.Stale p => $"факт «{p.FactId}» уже у v{N(p.Current)}, а ваша зміна спирається на v{N(p.Seen)}: тим часом його хтось змінив. " +
            $"Нічого не змінено; перегляньте /history {p.FactId} і надішліть зміну ще раз, уже щодо v{N(p.Current)}.",
        P.AlreadyRetired p => $"факт «{p.FactId}» уже відкликано; /restorefact {p.FactId} поверне його",
        P.NoSuchVersion p => $"факт «{p.FactId}» не має v{N(p.Wanted)}; є версії від v1 до v{N(p.Latest)}",
        P.AlreadyActive p => $"факт «{p.FactId}» уже чинний у v{N(p.Version)}; нічого відновлювати",
        P.SourceUrlTaken p => $"це вже джерело «{p.SourceId}»; посилайтеся на нього так: «Source: {p.SourceId}»",
        P.SourceAddedMeanwhile => "інший адміністратор щойно додав це джерело; нічого не змінено",
        P.MissingArgument p => "бракує; як користуватися: " + Usage(p.Usage),
        P.UnexpectedArguments p => $"зайве «{p.Text}»; як користуватися: {Usage(p.Usage)}",
        P.AliasTakesQuestion p => $"/alias додає запитання, записане як «Q[xx]: …»; {p.Label}[{p.Tag}] факту змінюйте через /editfact",
        P.UnknownLanguage p => $"невідома мова «{p.Language}»; вкажіть одну з мов: {string.Join(", ", p.Languages)}" +
            (p.EnglishUntagged ? " — або не ставте позначки для англійського запитання" : ""),
        P.QuestionEmpty => "порожнє; напишіть запитання після позначки",
        P.DashIsNoQuestion p => $"«-» — не запитання; запитання мови вилучають командою /editfact {p.FactId} з рядком «Q[{p.Language}]: -»",
        P.LanguageQuestionsFull p => $"факт «{p.FactId}» уже має {Questions(p.Count)} мовою {p.Language}; щонайбільше " +
            $"{N(p.Max)} для однієї мови. Замініть їх командою /editfact {p.FactId} з рядками Q[{p.Language}]:",
        P.NoLongerInReport => "уже не у звіті (його вже приєднали чи відхилили)",
        P.AttachTargetRetired p => $"факт «{p.FactId}» відкликано вже після цього звіту; /restorefact {p.FactId} поверне його, " +
            "або приєднайте запитання до іншого факту: /alias <ідентифікатор> <запитання>",
        P.NoSourceSentence => "більше не отримує речення з джерела (сховище змінилося); скористайтеся /addfact",
        P.SynonymsNeedTwo => "дайте принаймні два різні слова: /synonym <слово> <слово> …",
        P.AlreadySynonyms p => "уже синоніми: " + string.Join(' ', p.Words),
        P.SynonymsToRemoveMissing => "дайте слова, які треба вилучити: /synonym remove <слово> …",
        P.InNoSynonymGroup p => string.Join(' ', p.Words) + ": немає в жодній групі синонімів",
        P.NotASingleWord p => $"«{p.Word}» — не одне слово",
        P.InvalidJson p => "не є коректним JSON" + (p.Line is { } line ? $" (рядок {N(line)}" + (p.Position is { } at ? $", позиція {N(at)})" : ")") : ""),
        P.NotAnExport p => $"документ — не експорт {p.Format} v{N(p.Version)}; беріть за основу файл, який надсилає /export",
        P.NullEntry p => "має значення null" + p.Entry switch
        {
            JsonEntry.Fact => "; кожен факт має бути об’єктом, як ті, що пише /export, або його треба прибрати",
            JsonEntry.Source => "; кожне джерело має бути об’єктом, як ті, що пише /export, або його треба прибрати",
            JsonEntry.Quote => "; цитата має вигляд {\"source\": \"<ідентифікатор джерела>\", \"text\": \"<уривок>\"}",
            JsonEntry.Translation => "; дайте {\"answer\": \"…\", \"questions\": [\"…\"]} або приберіть мову",
            JsonEntry.SynonymGroup => "; група синонімів — це список окремих слів",
            _ => "",
        },
        P.BadId => "ідентифікатора немає або він складається не лише з малих латинських літер, цифр і дефісів",
        P.IdTwice => "ідентифікатор ужито в документі двічі",
        P.PropertyMissing p => p.Name is null ? "бракує" : $"бракує поля «{p.Name}»",
        P.PropertyTooLong p => $"поле «{p.Name}» задовге — {Characters(p.Length)}; щонайбільше {N(p.Max)}",
        P.PropertyNotADate p => $"поле «{p.Name}»: «{p.Text}» — не дата; пишіть рррр-мм-дд",
        P.PropertyNotHttpLink p => $"поле «{p.Name}»: «{p.Url}» — не посилання http(s)",
        P.QuoteCitesUnknownSource p => $"цитата посилається на невідоме джерело «{p.Source}»",
        P.QuoteNotVerbatim p => $"цитати «{p.Quote}» немає дослівно в джерелі «{p.SourceId}»" +
            (p.Closest is null ? "" : $"; найближчий уривок: «{p.Closest}»"),
        P.BadStatus p => $"статус «{p.Status}» — не active і не retired",
        P.BadVersion p => $"{N(p.Version)} — неприпустимий номер версії",
        P.SourceChanged => "відрізняється від збереженого джерела з цим ідентифікатором; джерела не змінюються (цитати перевірено саме за ними) — " +
            "імпортуйте його під новим ідентифікатором",
        P.UrlIsStoredSource p => $"це посилання вже має збережене джерело «{p.SourceId}»",
        P.TextMissingOrInvisible => "бракує або нічого не показує; напишіть текст або приберіть його",
        P.ExportOutdated p => $"у документі v{N(p.DocumentVersion)}, а в сховищі вже v{N(p.StoreVersion)}: факт змінився після експорту. " +
            "Експортуйте ще раз і повторіть правку.",
        P.QuestionAlsoOf p => $"запитання «{p.Question}» є також запитанням факту «{p.OtherId}»",
        P.NotSingleWords => "має складатися лише з окремих слів",
        P.StoreChangedMeanwhile => "сховище змінилося під час імпорту; нічого не змінено — експортуйте ще раз і повторіть",
        DocumentProblem.Missing => "бракує; надішліть JSON-файл із /export з підписом /import або дайте відповідь на нього командою /import",
        DocumentProblem.TooLarge p => $"завеликий — {N(p.Kilobytes)} КБ; щонайбільше {N(p.MaxKilobytes)} КБ",
        DocumentProblem.NotDownloaded p => "не вдалося завантажити з Телеграму" +
            (p.ErrorCode is { } code ? $" (помилка Телеграму {N(code)})" : "") + "; надішліть файл ще раз",
        DocumentProblem.NotUtf8 => "не є текстом у кодуванні UTF-8",
        DocumentProblem.NotText p => $"документ має тип {p.MimeType}; надішліть джерело файлом .txt",
        DocumentProblem.OfSource p => "документ " + Problem(p.Problem),
        _ => EnglishCuratorTexts.Instance.Problem(problem),
    };

    private static string Times(int count) => TextParts.Count(count, "раз", "рази", "разів");

    private static string Characters(int count) => TextParts.Count(count, "символ", "символи", "символів");

    private static string Questions(int count) => TextParts.Count(count, "запитання", "запитання", "запитань");

    private static string Parts(FactPart part, int count) => part switch
    {
        FactPart.Question => Questions(count),
        FactPart.Quote => TextParts.Count(count, "цитата", "цитати", "цитат"),
        FactPart.Answer => TextParts.Count(count, "відповідь", "відповіді", "відповідей"),
        _ => TextParts.Count(count, "тег", "теги", "тегів"),
    };

    private static string Usage(CommandUsage usage) => usage switch
    {
        CommandUsage.Alias => "/alias <ідентифікатор> <запитання> або /alias <ідентифікатор> Q[uk]: <запитання> для іншої мови",
        CommandUsage.DelFact => "/delfact <ідентифікатор> [v<версія>]",
        CommandUsage.RestoreFact => "/restorefact <ідентифікатор> [v<версія, яку повернути>]",
        CommandUsage.History => "/history <ідентифікатор>",
        _ => "/editfact <ідентифікатор>",
    };

    private static string Join(IEnumerable<int> numbers) => string.Join(", ", numbers.Select(N));

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
