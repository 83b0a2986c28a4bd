using ChatBot.Core.Curation;

namespace ChatBot.Telegram.Texts.Curation;

public partial interface ICuratorTexts
{
    /// <summary>
    /// Plain text (the caller escapes it): the field an error is about, as the admin writes it ("Q", "A[uk]") or as
    /// /export names it ("facts[3].answer"); the words Core uses for what is no field ("id", "question") translated.
    /// </summary>
    string FieldLabel(FieldError fieldError);

    /// <summary>Plain text (the caller escapes it): what is wrong, and how to put it right.</summary>
    string Problem(FieldProblem problem);

    /// <summary>Plain text: an unanswered-report button's action, in place of a command in "nothing changed".</summary>
    string MakeFactAction { get; }

    /// <summary>Plain text: attaching a question to a fact from a report's button.</summary>
    string AttachAction { get; }

    /// <summary>Plain text: dismissing a question from the unanswered report.</summary>
    string DismissAction { get; }

    /// <summary>
    /// Plain text: a version's action in /history as the store recorded it ("add", "edit", "alias", "revert to v2"),
    /// in words; an action it does not know is shown as recorded.
    /// </summary>
    string HistoryAction(string action);

    /// <summary>Plain text: who wrote a version the data folder seeded (recorded as "seed").</summary>
    string SeedActor { get; }

    /// <summary>Plain text: "status" in /history's list of what a version changed (the others are field names).</summary>
    string StatusChanged { get; }
}
