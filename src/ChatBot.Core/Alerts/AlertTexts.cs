using ChatBot.Core.Rendering;

namespace ChatBot.Core.Alerts;

/// <summary>
/// The alert catalogue of a language. German and French readers have no interface of their own: their alerts keep the
/// English frame but carry the fact's curated German or French answer, as their answers do.
/// </summary>
public static class AlertTexts
{
    public static readonly IAlertTexts English = new EnglishAlerts("en");

    /// <summary>The languages an alert is rendered in besides English, each stored beside the English text.</summary>
    /// <remarks>A rendering equal to the English one is not stored (a German reader of a fact without a German answer).</remarks>
    public static readonly IReadOnlyList<IAlertTexts> Translations = [new UkrainianAlerts(), new RussianAlerts(), new EnglishAlerts("de"), new EnglishAlerts("fr")];

    public static IAlertTexts For(string? language) => Translations.FirstOrDefault(t => t.Language == language) ?? English;

    private sealed class EnglishAlerts(string language) : IAlertTexts
    {
        public string Language => language;

        public string Update => "Update:";

        public string Restored => "Restored:";

        public string RestoredVersion(string version) => $"Restored {version}:";

        public string Was => "was: ";

        public string AsOf(DateOnly asOf) => "As of " + Dates.Show(asOf) + " · fact";

        public string Shortened => "Shortened to fit one message. The full fact:";

        public string Retracted => "Retracted:";

        public string Withdrawn => "The curators withdrew this answer; I no longer give it.";

        public string RetractedOn(DateOnly day) => "Retracted " + Dates.Show(day);

        public string Announcement => "Announcement";

        public string FullFactButton => "Open the full fact";
    }

    private sealed class UkrainianAlerts : IAlertTexts
    {
        public string Language => "uk";

        public string Update => "Оновлення:";

        public string Restored => "Відновлено:";

        public string RestoredVersion(string version) => $"Відновлено версію {version.TrimStart('v')}:";

        public string Was => "було: ";

        public string AsOf(DateOnly asOf) => "Станом на " + Dates.Show(asOf, Language) + " · факт";

        public string Shortened => "Скорочено, щоб уміститися в одне повідомлення. Повний факт:";

        public string Retracted => "Відкликано:";

        public string Withdrawn => "Куратори відкликали цю відповідь; я її більше не даю.";

        public string RetractedOn(DateOnly day) => "Відкликано " + Dates.Show(day, Language);

        public string Announcement => "Оголошення";

        public string FullFactButton => "Відкрити повний факт";
    }

    private sealed class RussianAlerts : IAlertTexts
    {
        public string Language => "ru";

        public string Update => "Обновление:";

        public string Restored => "Восстановлено:";

        public string RestoredVersion(string version) => $"Восстановлена версия {version.TrimStart('v')}:";

        public string Was => "было: ";

        public string AsOf(DateOnly asOf) => "По состоянию на " + Dates.Show(asOf, Language) + " · факт";

        public string Shortened => "Сокращено, чтобы поместиться в одно сообщение. Полный факт:";

        public string Retracted => "Отозвано:";

        public string Withdrawn => "Кураторы отозвали этот ответ; я его больше не даю.";

        public string RetractedOn(DateOnly day) => "Отозвано " + Dates.Show(day, Language);

        public string Announcement => "Объявление";

        public string FullFactButton => "Открыть полный факт";
    }
}
