namespace ChatBot.Core.Matching;

/// <summary>
/// A sum is written with its currency's sign ("$105m (£80m)"), which no word of a question matches: "how much is it
/// in dollars?" would miss "dollars" and judge the fact not to say it. The signs a text holds are spelt out as the
/// words a question asks with, so a fact that gives a sum states its currency.
/// </summary>
public static class CurrencyWords
{
    private static readonly (char Sign, string Words)[] Signs =
    [
        ('$', "dollars"), ('£', "pounds"), ('€', "euros"), ('¥', "yen"), ('₴', "hryvnias"), ('₽', "roubles"),
    ];

    // Currencies by name, and the words that ask what a sum is: they say a sum is asked, not what of.
    private static readonly HashSet<string> Currencies =
    [
        "dollar", "dollars", "pound", "pounds", "euro", "euros", "yen", "hryvnia", "hryvnias", "rouble", "roubles",
        "ruble", "rubles", "crown", "crowns", "franc", "francs", "bitcoin", "btc", "usd", "gbp", "eur", "buck", "bucks",
        "quid", "sterling",
    ];

    private static readonly HashSet<string> SumWords = ["price", "prices", "priced", "cost", "costs", "worth"];

    // "A prisoner exchange", "the unemployment rate", "the value of the deal to Harrow": these ask a sum only beside
    // a currency ("the exchange rate of the dollar").
    private static readonly HashSet<string> CurrencySumWords = ["value", "rate", "rates", "exchange"];

    /// <summary>The words for the currency signs in <paramref name="text"/>, or null when it has none.</summary>
    public static string? Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? words = null;
        foreach (var (sign, word) in Signs)
        {
            if (text.Contains(sign, StringComparison.Ordinal))
            {
                words = words is null ? word : words + " " + word;
            }
        }
        return words;
    }

    /// <summary>A currency's name ("dollars", "crowns").</summary>
    public static bool IsCurrency(string word) => Currencies.Contains(word);

    /// <summary>A word asking what a sum is ("price", "worth").</summary>
    public static bool AsksSum(string word) => SumWords.Contains(word);

    /// <summary>A word asking what a sum is when the question also names a currency ("exchange", "rate").</summary>
    public static bool AsksSumOfCurrency(string word) => CurrencySumWords.Contains(word);

    /// <summary>A currency's name or a word asking a sum.</summary>
    public static bool IsMoney(string word) => Currencies.Contains(word) || SumWords.Contains(word) || CurrencySumWords.Contains(word);
}
