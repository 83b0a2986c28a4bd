using ChatBot.Core.Facts;
using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// The answerability check on a small invented store, curated as real curators do (two questions per fact): a fact
/// is answered only when it states what is asked, not merely because it names the same people and places.
/// </summary>
public sealed class AnswerabilityTests
{
    private static readonly MatchIndex Index = Build(
        Fact("envoy-leaving", "When is Corvin Aldane leaving?", "Is the envoy Corvin Aldane stepping down?",
            "Corvin Aldane, the Marvonian envoy to Telsaria, will leave his post in March."),
        Fact("quarry-strike", "How many people died in the strike on Ostrava Quarry?", "Ostrava Quarry death toll",
            "Eleven people were killed in a drone strike on Ostrava Quarry on Monday."),
        Fact("marvonia-minister", "Who is Marvonia's foreign minister?", "Who speaks for Marvonia abroad?",
            "Marvonian Foreign Minister Ilse Varga said the talks would continue."),
        Fact("talks-opened", "When did the Ostrava talks open?", "Ostrava talks start date",
            "The talks in Ostrava opened on Tuesday with both delegations present."),
        Fact("varga-rank", "Who is Tomas Brell?", "What does Tomas Brell do?",
            "Gen Tomas Brell, the Telsarian army chief of staff, joined the delegation."));

    [Theory]
    [InlineData("Who will replace Corvin Aldane as envoy?")]
    [InlineData("What did Corvin Aldane say before he left?")]
    [InlineData("How many people were injured in the Ostrava Quarry strike?")]
    [InlineData("Who is Telsaria's foreign minister?")]
    [InlineData("How many of the eleven people killed at Ostrava Quarry were soldiers?")]
    public void A_near_miss_that_shares_every_name_but_asks_what_the_fact_does_not_state_is_not_answered(string question)
    {
        var result = Matcher.Match(question, Index);

        Assert.False(result.Answered, $"answered with {result.Best?.FactId}");
    }

    [Theory]
    [InlineData("How much money has the Harrow Relief Fund raised so far?", true)]
    [InlineData("How much money has the Harrow Relief Fund appealed for?", false)]
    public void After_how_much_the_verb_not_the_unit_is_what_the_fact_must_state(string question, bool lacksPredicate)
    {
        var index = Build(
            Fact("harrow-fund", "What is the Harrow Relief Fund?", "Who runs the Harrow Relief Fund?",
                "The Harrow Relief Fund is an aid group run by Dr Ada Pell; it has appealed for 4.2 million crowns in aid money."));

        var features = Matcher.Explain(question, index).Single(c => c.FactId == "harrow-fund").Features;

        Assert.Equal(lacksPredicate, features.LacksPredicate);
    }

    [Theory]
    [InlineData("Who will replace Corvin Aldane as envoy?", "envoy-leaving", "focus")]
    [InlineData("What did Corvin Aldane say before he left?", "envoy-leaving", "focus")]
    [InlineData("How many people were injured in the Ostrava Quarry strike?", "quarry-strike", "predicate")]
    [InlineData("Who is Telsaria's foreign minister?", "marvonia-minister", "affiliation")]
    [InlineData("How many of the 11 people killed in the Ostrava Quarry strike were soldiers?", "quarry-strike", "asked")]
    public void Each_near_miss_is_caught_by_the_check_for_what_it_asks(string question, string factId, string check)
    {
        var features = Matcher.Explain(question, Index).Single(c => c.FactId == factId).Features;

        Assert.True(check switch
        {
            "focus" => features.LacksFocus,
            "predicate" => features.LacksPredicate,
            "asked" => features.LacksWhatIsAsked,
            _ => features.AffiliationConflict,
        });
    }

    [Theory]
    [InlineData("When is Corvin Aldane stepping down as envoy?", "envoy-leaving")]
    [InlineData("How many people died in the Ostrava Quarry strike?", "quarry-strike")]
    [InlineData("Who is the Marvonian foreign minister?", "marvonia-minister")]
    [InlineData("How many people were killed at Ostrava Quarry on Monday?", "quarry-strike")]
    public void A_question_the_fact_states_passes_every_check(string question, string factId)
    {
        var features = Matcher.Explain(question, Index).Single(c => c.FactId == factId).Features;

        Assert.False(features.LacksFocus || features.LacksPredicate || features.AffiliationConflict, features.ToString());
    }

    [Theory]
    [InlineData("When is Corvin Aldane stepping down as envoy?", "envoy-leaving")]
    [InlineData("How many people died in the Ostrava Quarry strike?", "quarry-strike")]
    public void A_question_the_fact_states_is_answered(string question, string expected)
    {
        var result = Matcher.Match(question, Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => a.FactId))}");
        Assert.Equal(expected, result.Best!.FactId);
    }

    [Fact]
    public void A_rank_question_about_a_named_person_finds_the_fact_that_gives_his_title()
    {
        var result = Matcher.Match("What is Tomas Brell's rank?", Index);

        Assert.Equal("varga-rank", result.Best?.FactId ?? (result.Alternatives.Count > 0 ? result.Alternatives[0].FactId : null));
    }

    [Theory]
    [InlineData("How old is Tomas Brell?", "varga-rank")]
    [InlineData("How long has Corvin Aldane been the envoy?", "envoy-leaving")]
    public void A_how_old_or_how_long_question_needs_an_age_or_a_duration_in_the_fact(string question, string factId)
    {
        var features = Matcher.Explain(question, Index).Single(c => c.FactId == factId).Features;

        Assert.True(features.LacksWhatIsAsked, features.ToString());
        Assert.False(Matcher.Match(question, Index).Answered);
    }

    [Fact]
    public void A_closing_word_that_many_facts_share_sets_the_scene_and_need_not_be_in_the_fact()
    {
        var features = Matcher.Explain("Who joined the Telsarian delegation at the talks?", Index)
            .Single(c => c.FactId == "varga-rank").Features;

        Assert.False(features.LacksPredicate, features.ToString());
    }

    [Fact]
    public void A_question_stored_word_for_word_is_answered_with_its_fact_even_beside_a_close_one()
    {
        var index = Build(
            Fact("marsh-heads", "Who is Dan Marsh?", "Who heads the Telsarian team?",
                "Dan Marsh, the Telsarian deputy foreign minister, heads the team in Ostrava."),
            Fact("marsh-team", "Who travels with Dan Marsh?", "Who is on the Telsarian team?",
                "Dan Marsh is joined in Ostrava by two Telsarian water engineers, Lena Kora and Ivo Smit."));

        var result = Matcher.Match("who is dan marsh", index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => a.FactId))}");
        Assert.Equal("marsh-heads", result.Best!.FactId);
    }

    [Fact]
    public void A_declined_near_miss_still_offers_the_closest_fact()
    {
        var result = Matcher.Match("Who will replace Corvin Aldane as envoy?", Index);

        Assert.NotEmpty(result.Alternatives);
        Assert.Equal("envoy-leaving", result.Alternatives[0].FactId);
    }

    [Theory]
    [InlineData("marvonian", "marvonia")]
    [InlineData("ukrainian", "ukraine")]
    [InlineData("brellmarks", "brellmark")]
    public void A_demonym_or_a_possessive_names_the_same_owner_as_the_name(string word, string name)
    {
        Assert.NotNull(Affiliations.OwnerKey(name));
        Assert.Equal(Affiliations.OwnerKey(name), Affiliations.OwnerKey(word));
    }

    [Fact]
    public void Related_words_come_from_the_distilled_lexicon_by_stem()
    {
        Assert.Contains(Stemmer.Stem("injury"), RelatedWords.Of(Stemmer.Stem("injured")));
        Assert.Contains(Stemmer.Stem("weapon"), RelatedWords.Of(Stemmer.Stem("missile")));
    }

    [Theory]
    [InlineData("What date will Corvin Aldane leave his post?", "envoy-leaving", true)]
    [InlineData("On what exact date is the envoy Corvin Aldane leaving?", "envoy-leaving", true)]
    [InlineData("On which day did the Ostrava talks open?", "talks-opened", false)]
    public void A_date_question_is_not_answered_by_a_fact_that_gives_only_the_month(string question, string factId, bool lacks)
    {
        var features = Matcher.Explain(question, Index).Single(c => c.FactId == factId).Features;

        Assert.Equal(lacks, features.LacksWhatIsAsked);
    }

    [Theory]
    [InlineData("What's the date of the Eleven killed at Ostrava Quarry strike?", true)]
    [InlineData("What date is the Monday strike on Ostrava Quarry?", true)]
    [InlineData("On which day was the strike on Ostrava Quarry?", false)]
    public void A_date_question_is_not_answered_by_a_fact_that_gives_only_the_weekday(string question, bool lacks)
    {
        var features = Matcher.Explain(question, Index).Single(c => c.FactId == "quarry-strike").Features;

        Assert.Equal(lacks, features.LacksWhatIsAsked);
    }

    [Theory]
    [InlineData("What time on Tuesday did the Ostrava talks open?", true)]
    [InlineData("What time did the Ostrava talks open?", true)]
    [InlineData("On which day did the Ostrava talks open?", false)]
    public void A_clock_time_question_is_not_answered_by_a_fact_that_gives_only_the_day_it_names(string question, bool lacks)
    {
        var features = Matcher.Explain(question, Index).Single(c => c.FactId == "talks-opened").Features;

        Assert.Equal(lacks, features.LacksWhatIsAsked);
    }

    [Theory]
    [InlineData("Has anyone been arrested over the Ostrava Quarry strike?")]
    [InlineData("Was anyone arrested over the Ostrava Quarry strike?")]
    public void A_yes_no_question_whose_passive_verb_no_fact_uses_is_not_answered(string question)
    {
        var features = Matcher.Explain(question, Index).Single(c => c.FactId == "quarry-strike").Features;

        Assert.True(features.LacksPredicate);
        Assert.False(Matcher.Match(question, Index).Answered);
    }

    [Theory]
    [InlineData("draft-terms", true)]
    [InlineData("border-terms", false)]
    public void A_which_question_is_not_answered_by_a_fact_that_speaks_of_certain_ones_without_naming_them(string factId, bool lacks)
    {
        var index = Build([.. Fillers(),
            Fact("draft-terms", "What would the draft ask of Telsaria?", "Draft terms for Telsaria",
                "The draft would have Telsaria cede certain provinces and cut its navy."),
            Fact("border-terms", "What would the border accord give Marvonia?", "Border accord terms",
                "The border accord would give Marvonia the provinces of Orvel and Dask.")]);

        var features = Matcher.Explain("Which provinces would Telsaria cede?", index).Single(c => c.FactId == factId).Features;

        Assert.Equal(lacks, features.LacksWhatIsAsked);
    }

    private static Matcher Matcher { get; } = new(new MatcherOptions());
}
