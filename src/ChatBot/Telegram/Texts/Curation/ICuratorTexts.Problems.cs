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
}
