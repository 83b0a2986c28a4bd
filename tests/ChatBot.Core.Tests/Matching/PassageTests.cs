using ChatBot.Core.Citations;
using ChatBot.Core.Facts;
using ChatBot.Core.Matching;
using ChatBot.Core.Tests.Support;
using ChatBot.Storage.Curation;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// The passage fallback on an invented source: a sentence is quoted only when it holds every word of the question
/// close together and passes the checks a fact must pass.
/// </summary>
public sealed class PassageTests
{
    private const string Text =
        "Marvonian Foreign Minister Ilse Varga arrived in Ostrava on Monday for the water talks.\n" +
        "The talks were hosted at the Granite Hall, a former customs house on the riverbank.\n" +
        "Gen Tomas Brell, who led the Telsarian team, spoke to reporters outside the building and later flew home to Dresk.\n" +
        "Ostrava, 4 March";

    private static readonly Source Wire = new("wire", "Talks open in Ostrava", "Example Wire", null, new DateOnly(2026, 3, 4), Text);

    private static readonly PassageIndex Passages = PassageIndex.Build([Wire], SynonymTable.Empty);

    private static Matcher Matcher { get; } = new(new MatcherOptions());

    private static PassageMatch? Match(string question) => Matcher.MatchPassage(question, Passages);

    [Fact]
    public void Every_sentence_is_kept_verbatim_and_a_dateline_is_left_out()
    {
        Assert.Equal(3, Passages.Count);
        for (var i = 0; i < Passages.Count; i++)
        {
            Assert.True(CitationVerifier.IsVerbatim(Passages.TextAt(i), Text));
            Assert.Equal("wire", Passages.SourceIdAt(i));
        }
    }

    [Fact]
    public void A_question_a_sentence_states_finds_that_sentence()
    {
        var found = Match("Where were the talks hosted?");

        Assert.NotNull(found);
        Assert.StartsWith("The talks were hosted at the Granite Hall", Passages.TextAt(found.Position), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Where were the Kyiv talks hosted?")]
    [InlineData("Who did Ilse Varga meet in Ostrava?")]
    [InlineData("When did Tomas Brell fly to Ostrava?")]
    public void A_question_no_sentence_states_gets_no_passage(string question)
    {
        var found = Match(question);

        Assert.True(found is null, found is null ? "" : Passages.TextAt(found.Position));
    }

    [Fact]
    public void Words_spread_over_unrelated_clauses_of_a_long_sentence_are_not_an_answer()
    {
        // Every word is in the third sentence, but "reporters" and "Dresk" are eleven words apart.
        Assert.Null(Match("Which reporters are in Dresk?"));
    }

    [Fact]
    public void A_measure_is_quoted_from_the_sentence_whose_unit_stands_by_the_words_asked_about()
    {
        var river = Wire with
        {
            Text = "Delegates held three days of talks over the shared Orava River without a deal.\n" +
                "The Orava River, some 640 km from source to mouth, feeds both countries' farms.",
        };
        var passages = PassageIndex.Build([river], SynonymTable.Empty);

        var found = Matcher.MatchPassage("How long is the Orava River?", passages);

        Assert.NotNull(found);
        Assert.StartsWith("The Orava River, some 640 km", passages.TextAt(found.Position), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_added_while_running_is_quoted_without_a_restart()
    {
        using var store = new SeededStore();
        const string question = "Where were the Pentagon delegation's talks in Kyiv hosted?";
        var wire = Wire with { Text = "The Pentagon delegation's talks in Kyiv were hosted at the Granite Hall, a former customs house." };
        Assert.DoesNotContain("Granite Hall", (await store.Answerer.AnswerAsync(question)).Passage?.Text ?? "", StringComparison.Ordinal);

        await new SqliteCurationRepository(store.Database, TimeProvider.System).AddSourceAsync(wire, new Curation.Actor(1, "curator"));
        var outcome = await store.Answerer.AnswerAsync(question);

        Assert.False(outcome.Answered, outcome.Fact?.Id);
        Assert.True(outcome.Passage is not null, string.Join(",", outcome.Alternatives.Select(a => $"{a.FactId}:{a.Confidence:0.00}")));
        Assert.Equal(wire.Text, outcome.Passage.Text);
        Assert.Equal("wire", outcome.Passage.Citation.SourceId);
        Assert.Equal("Example Wire", outcome.Passage.Citation.Outlet);
    }

    [Fact]
    public async Task A_question_a_fact_answers_gets_the_fact_and_no_source_sentence()
    {
        using var store = new SeededStore();

        var outcome = await store.Answerer.AnswerAsync("Who is leading the Pentagon delegation?");

        Assert.True(outcome.Answered);
        Assert.Null(outcome.Passage);
    }
}
