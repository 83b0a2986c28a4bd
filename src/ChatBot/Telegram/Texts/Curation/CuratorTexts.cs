namespace ChatBot.Telegram.Texts.Curation;

/// <summary>The curator catalogue of an interface language; anything but "uk" and "ru" reads English.</summary>
public static class CuratorTexts
{
    public static ICuratorTexts English => EnglishCuratorTexts.Instance;

    public static ICuratorTexts For(string? language) => language switch
    {
        "uk" => UkrainianCuratorTexts.Instance,
        "ru" => RussianCuratorTexts.Instance,
        _ => EnglishCuratorTexts.Instance,
    };
}
