namespace ChatBot.Core.Curation.Parsing;

/// <summary>Upper bounds that keep every reply and rendered answer inside Telegram's 4096-character message.</summary>
public static class FieldLimits
{
    public const int Question = 300;
    public const int Answer = 1500;
    public const int Quote = 1000;
    public const int Tag = 40;
    public const int Title = 300;
    public const int Outlet = 100;
    public const int Url = 500;
    public const int SourceText = 200_000;
}
