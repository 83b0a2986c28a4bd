namespace ChatBot.Telegram.Texts.Curation;

/// <summary>What a curation command did to a fact, for the first line of its reply.</summary>
public enum FactChange
{
    Added,
    Updated,
    Retired,
    Restored,

    /// <summary>/alias or an attached question: an English alternate, or a question in one language (Q[uk]).</summary>
    NewQuestion,

    /// <summary>"make this a fact" under /unanswered: the source's sentence as answer and quote, no alert.</summary>
    MadeFromSentence,
}
