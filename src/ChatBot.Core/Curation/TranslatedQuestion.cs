using ChatBot.Core.Curation.Parsing;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation;

/// <summary>
/// One more question in a fact's translation (/alias &lt;id&gt; Q[uk]: …, or a Ukrainian question attached from
/// /unanswered), held to the rules a Q[xx]: line of /editfact is held to. Whether another fact owns the question needs
/// the store and is checked by the caller.
/// </summary>
public static class TranslatedQuestion
{
    /// <returns>The fact with <paramref name="question"/> added to its <paramref name="language"/> questions, or null with the errors.</returns>
    public static Fact? Add(Fact current, string language, string question, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(errors);
        var label = $"Q[{language}]";
        if (!FactTranslation.IsLanguage(language))
        {
            errors.Add(new FieldError(label, new FieldProblem.UnknownLanguage(language, FactTranslation.Languages)));
            return null;
        }
        if (question.Length == 0 || FactValidator.IsInvisible(question))
        {
            errors.Add(new FieldError(label, new FieldProblem.QuestionEmpty()));
            return null;
        }
        if (question == TranslationEdit.Remove)
        {
            errors.Add(new FieldError(label, new FieldProblem.DashIsNoQuestion(current.Id, language)));
            return null;
        }
        if (FieldValues.Check(label, question, errors, FieldLimits.Question, multiLine: false) is null)
        {
            return null;
        }
        var questions = current.TranslationIn(language)?.Questions ?? [];
        if (questions.Count >= FieldLimits.TranslatedQuestions)
        {
            errors.Add(new FieldError(label, new FieldProblem.LanguageQuestionsFull(current.Id, questions.Count, language, FieldLimits.TranslatedQuestions)));
            return null;
        }
        var key = QuestionKey.Of(question);
        if (current.AllQuestions.Concat(current.TranslatedQuestions).Any(q => QuestionKey.Of(q) == key))
        {
            errors.Add(new FieldError(label, new FieldProblem.QuestionTaken(FieldReader.Shorten(question), current.Id)));
            return null;
        }
        var edit = new TranslationEdit(language, null, [.. questions, question]);
        return current with { Translations = TranslationEdit.ApplyAll(current.Translations, [edit]) };
    }
}
