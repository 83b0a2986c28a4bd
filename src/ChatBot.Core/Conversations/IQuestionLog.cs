namespace ChatBot.Core.Conversations;

/// <summary>
/// What users asked: unanswered questions and "did you mean" choices are what curators turn into new facts and
/// alternate phrasings.
/// </summary>
public interface IQuestionLog
{
    /// <summary>Stores the question; the same <see cref="QuestionRecord.UpdateId"/> twice returns the first row's id.</summary>
    Task<long> RecordAsync(QuestionRecord question, CancellationToken cancellationToken = default);

    /// <summary>Records which suggested fact the user picked; false when the question is unknown.</summary>
    Task<bool> RecordChoiceAsync(long questionId, string factId, DateTimeOffset at, CancellationToken cancellationToken = default);

    Task<LoggedQuestion?> GetAsync(long questionId, CancellationToken cancellationToken = default);

    /// <summary>Unanswered questions, newest first.</summary>
    Task<IReadOnlyList<LoggedQuestion>> GetUnansweredAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Questions whose asker picked a suggestion: candidate alternate phrasings of that fact, newest first.</summary>
    Task<IReadOnlyList<LoggedQuestion>> GetChosenAlternativesAsync(int limit, CancellationToken cancellationToken = default);
}
