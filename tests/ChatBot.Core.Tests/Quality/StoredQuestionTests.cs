namespace ChatBot.Core.Tests.Quality;

/// <summary>What a curator stored is answered: the questions of the shipped facts, asked word for word.</summary>
public sealed class StoredQuestionTests
{
    [Fact]
    public async Task Every_stored_question_of_the_shipped_facts_asked_word_for_word_is_answered_with_its_own_fact()
    {
        using var store = await QualityStore.OpenAsync(QualityStore.Seed);
        var misses = new List<string>();
        var asked = 0;
        foreach (var fact in await store.Store.GetActiveFactsAsync())
        {
            foreach (var question in fact.Alternates.Prepend(fact.Question))
            {
                asked++;
                var outcome = await store.Answerer.AnswerAsync(question);
                if (!outcome.Answered || outcome.Fact!.Id != fact.Id)
                {
                    misses.Add($"{fact.Id}: \"{question}\" → {(outcome.Answered ? outcome.Fact!.Id : "declined")}");
                }
            }
        }

        Assert.True(asked > 400, $"only {asked} stored questions");
        Assert.True(misses.Count == 0, string.Join("\n", misses));
    }
}
