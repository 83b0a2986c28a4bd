namespace ChatBot.Core.Curation.Parsing;

/// <summary>
/// The limits every way into the store shares (/addfact, /editfact, /alias, /import, the seed): they keep every reply,
/// answer and alert readable and inside Telegram's 4,096-character message. Lengths are in UTF-16 units, as Telegram
/// counts them.
/// </summary>
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

    /// <summary>The question and its alternates: room for the ways people ask, added over time with /alias.</summary>
    public const int Questions = 30;

    /// <summary>A fact rests on one or two passages; more only lengthens every answer.</summary>
    public const int Quotes = 5;

    public const int Tags = 12;

    /// <summary>The questions of one translation (Q[uk]: lines): the few ways askers of that language put it.</summary>
    public const int TranslatedQuestions = 10;

    /// <summary>A quote must be a passage, not a word that is "verbatim" in any source ("signed", ".").</summary>
    public const int QuoteMinLength = 20;

    public const int QuoteMinWords = 4;
}
