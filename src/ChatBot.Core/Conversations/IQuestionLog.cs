namespace ChatBot.Core.Conversations;

/// <summary>
/// What users asked: unanswered questions and "did you mean" choices are what curators turn into new facts and
/// alternate phrasings.
/// </summary>
public interface IQuestionLog
{
    /// <summary>Stores the question; the same <see cref="QuestionRecord.UpdateId"/> twice returns the first row's id.</summary>
    Task<long> RecordAsync(QuestionRecord question, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records which suggested fact the asker picked; false when the question is unknown or <paramref name="userId"/>
    /// is not the user who asked it (a forged payload, or another member of a group, must not speak for the asker).
    /// </summary>
    Task<bool> RecordChoiceAsync(long questionId, long userId, string factId, DateTimeOffset at, CancellationToken cancellationToken = default);

    Task<LoggedQuestion?> GetAsync(long questionId, CancellationToken cancellationToken = default);

    /// <summary>Unanswered questions, newest first.</summary>
    Task<IReadOnlyList<LoggedQuestion>> GetUnansweredAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Questions whose asker picked a suggestion: candidate alternate phrasings of that fact, newest first.</summary>
    Task<IReadOnlyList<LoggedQuestion>> GetChosenAlternativesAsync(int limit, CancellationToken cancellationToken = default);
}
