using ChatBot.Core.Facts;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public sealed class MatchIndexBuilderTests
{
    private static Fact Fact(string id, string question, string answer, FactStatus status = FactStatus.Active, params string[] alternates) =>
        new(id, question, alternates, answer, [new Quote("src", answer)], [], new DateOnly(2025, 11, 20), status);

    [Fact]
    public void Indexes_active_facts_once_and_skips_retired_ones()
    {
        var builder = new MatchIndexBuilder(SynonymTable.Empty);
        builder.Add(Fact("toll", "How many died in Ternopil?", "At least 26 people were killed."));
        builder.Add(Fact("toll", "A repeated id", "Ignored."));
        builder.Add(Fact("old", "Who led the talks?", "Someone.", FactStatus.Retired));

        var index = builder.Build(revision: 7);

        Assert.Equal(1, index.FactCount);
        Assert.Equal(7, index.Revision);
        Assert.True(index.TryGetProfile("toll", out var profile));
        Assert.Equal("toll", profile.FactId);
        Assert.False(index.TryGetProfile("old", out _));
    }

    [Fact]
    public void Postings_flag_the_words_a_fact_is_asked_about()
    {
        var index = MatchIndex.Build(
            [Fact("toll", "How many died in Ternopil?", "Missiles hit apartment blocks.")], SynonymTable.Empty);
        var asked = index.ConceptId(Stemmer.Stem("ternopil"));
        var quoted = index.ConceptId(Stemmer.Stem("apartment"));

        Assert.Equal([(0 << 1) | 1], index.Postings(asked).ToArray());
        Assert.Equal([0 << 1], index.Postings(quoted).ToArray());
    }

    [Fact]
    public void Stored_questions_keep_their_question_word_and_sorted_concepts()
    {
        var index = MatchIndex.Build(
            [Fact("head", "Who leads the delegation?", "Dan Driscoll.", FactStatus.Active, "Which official heads the US team?")],
            SynonymTable.Empty);
        Assert.True(index.TryGetProfile("head", out var profile));

        Assert.Equal(2, profile.QuestionCount);
        var first = profile.Question(0).ToArray();
        Assert.Contains(index.ConceptId("?who"), first);
        Assert.Equal(first.Order(), first);
        Assert.True(profile.QuestionWeight(0) > 0);
        Assert.True(profile.Mentions(index.ConceptId(Stemmer.Stem("delegation"))));
    }

    [Fact]
    public void Builds_the_same_vocabulary_as_the_word_list_tokenizer()
    {
        var text = "Zelensky's envoy met the US team in Kyiv — don't panic, café naïve résumé";
        var index = MatchIndex.Build([Fact("x", text, "Nothing.")], SynonymTable.Empty);

        foreach (var token in Tokenizer.Tokenize(text))
        {
            Assert.True(index.Speller.IsKnown(token), token);
        }
        Assert.True(index.Speller.IsKnown("usa"));
        Assert.False(index.Speller.IsKnown("zelenskys"));
    }
}
