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
}
