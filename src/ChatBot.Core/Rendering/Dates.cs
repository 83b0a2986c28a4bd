using System.Globalization;

namespace ChatBot.Core.Rendering;

public static class Dates
{
    // The month in the genitive, as a date is read: "20 листопада 2025". Written out because the process runs with
    // invariant globalization (no ICU data), so CultureInfo("uk-UA") cannot supply them.
    private static readonly string[] Ukrainian =
        ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"];

    private static readonly string[] Russian =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    public static string Show(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The date as a reader of <paramref name="language"/> writes it; English (and any other) as <see cref="Show(DateOnly)"/>.</summary>
    public static string Show(DateOnly date, string language) => language switch
    {
        "uk" => Spelled(date, Ukrainian),
        "ru" => Spelled(date, Russian),
        _ => Show(date),
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Spelled(DateOnly date, string[] months) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {months[date.Month - 1]} {date.Year}");
}
