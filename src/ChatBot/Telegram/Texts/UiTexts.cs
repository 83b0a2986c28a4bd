namespace ChatBot.Telegram.Texts;

/// <summary>The catalogue of an interface language; anything but "uk" and "ru" reads English.</summary>
public static class UiTexts
{
    public static IUiTexts English => EnglishTexts.Instance;

    public static IUiTexts For(string? language) => language switch
    {
        "uk" => UkrainianTexts.Instance,
        "ru" => RussianTexts.Instance,
        _ => EnglishTexts.Instance,
    };
}
