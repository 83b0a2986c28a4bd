namespace ChatBot.Telegram.Texts.Curation;

/// <summary>/feedback, the votes in /stats and a fact opened from /feedback.</summary>
public partial interface ICuratorTexts
{
    string NoFeedback { get; }

    string FeedbackTitle { get; }

    /// <summary>A down-vote reason as curators read it (plain text).</summary>
    string DownVoteReason(string reason);

    /// <summary>Before the fact that answered, in code.</summary>
    string AnsweredWith { get; }

    string NoOtherFact { get; }

    string FixTheFact { get; }

    /// <summary>Before the other fact the bot now answers the down-voted question with, in code.</summary>
    string NextBest { get; }

    string NoVotes { get; }

    string VotesTitle { get; }

    string CorrectIt(string idHtml);

    /// <summary>Plain text, on a button.</summary>
    string OpenButton(int number, string factId);

    /// <summary>Plain text, on a button.</summary>
    string AttachButton(int number, string factId);

    /// <summary>Plain text, a toast.</summary>
    string FeedbackOutdated { get; }
}
