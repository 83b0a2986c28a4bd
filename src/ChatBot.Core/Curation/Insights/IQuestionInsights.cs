namespace ChatBot.Core.Curation.Insights;

/// <summary>Read-only aggregates of the question log for /unanswered and /stats.</summary>
public interface IQuestionInsights
{
    /// <summary>
    /// Questions that were not answered, or answered with confidence below <paramref name="lowConfidence"/>, grouped by
    /// <see cref="QuestionKey.Of"/>, most asked first, among the newest <paramref name="scanLimit"/> such rows.
    /// </summary>
    Task<IReadOnlyList<AskedQuestion>> GetWeakQuestionsAsync(double lowConfidence, int scanLimit, CancellationToken cancellationToken = default);

    Task<QuestionTotals> GetTotalsAsync(int topFacts, CancellationToken cancellationToken = default);
}
