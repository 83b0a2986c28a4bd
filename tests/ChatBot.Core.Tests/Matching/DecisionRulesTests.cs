using ChatBot.Core.Facts;
using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// The rules that let a fact be answered below the usual bar, on a small invented store curated with two questions
/// per fact: each is evidence the confidence model does not see.
/// </summary>
public sealed class DecisionRulesTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("relief-fund", "What is the Brisk Valley Fund?", "Who runs the valley relief fund?",
            "The Brisk Valley Fund, chaired by Dr. Pella Tarvesk of Ostrava, is raising money for families along the river."),
        Fact("talks-ended", "Did the Brisk talks end with a deal?", "How did the Brisk talks end?",
            "The Brisk talks ended on Friday without a deal; Ambassador Orrin Vale said both sides would return."),
        Fact("vale-post", "Who is Orrin Vale?", "What does Orrin Vale do?",
            "Orrin Vale is the Telsarian ambassador who chaired the Brisk talks."),
        Fact("truce-length", "How long would the Brisk truce last?", "Brisk truce duration",
            "Under the plan, the truce along the Brisk would hold for 45 days."),
        Fact("truce-terms", "What would the Brisk truce require?", "Who would observe the proposed truce?",
            "Both armies would observe the proposed truce along the Brisk and hold their positions."),
        Fact("vale-trip", "Why did Orrin Vale travel to Ostrava?", "What took the ambassador to Ostrava?",
            "Orrin Vale travelled to Ostrava because both delegations asked him to chair the Brisk talks.")]);

    [Theory]
    [InlineData("Tarvesk")]
    [InlineData("where is tarvesk from")]
    public void A_question_of_only_a_name_one_fact_holds_is_answered_with_that_fact(string question)
    {
        var result = Matcher.Match(question, Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => a.FactId))}");
        Assert.Equal("relief-fund", result.Best!.FactId);
    }

    [Fact]
    public void A_name_question_is_not_answered_when_the_fact_lacks_what_is_asked()
    {
        Assert.False(Matcher.Match("How old is Pella Tarvesk?", Index).Answered);
    }

    [Fact]
    public void A_how_much_question_is_not_answered_by_a_fact_whose_answer_has_no_number()
    {
        var result = Matcher.Match("By how much would both armies hold their positions along the Brisk under the truce?", Index);

        Assert.False(result.Answered, $"answered with {result.Best?.FactId}");
        Assert.Equal("truce-terms", result.Alternatives[0].FactId);
    }

    [Fact]
    public void A_where_question_is_not_answered_by_a_fact_whose_answer_names_no_place()
    {
        var result = Matcher.Match("Where would both armies hold their positions under the proposed Brisk truce?", Index);

        Assert.False(result.Answered, $"answered with {result.Best?.FactId}");
        Assert.Equal("truce-terms", result.Alternatives[0].FactId);
    }

    [Fact]
    public void A_number_question_is_answered_by_the_fact_with_a_number_when_the_runner_up_has_none()
    {
        const string question = "How many days would both armies observe the truce along the Brisk?";

        var result = Matcher.Match(question, Index);
        var without = new Matcher(new MatcherOptions { KindWinnerThreshold = 1 }).Match(question, Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => a.FactId))}");
        Assert.Equal("truce-length", result.Best!.FactId);
        Assert.False(without.Answered);
    }

    [Theory]
    [InlineData("Why did the ambassador fly to Ostrava?")]
    [InlineData("why did vale go to ostrava")]
    [InlineData("Why was Orrin Vale in Ostrava?")]
    public void A_why_question_is_answered_by_the_fact_with_a_cause_when_the_runner_up_cannot_answer(string question)
    {
        // The usual bars are set out of reach, so only the rule for a place or a cause can answer.
        var strict = new MatcherOptions { AnswerThreshold = 0.999, ClearWinnerMargin = 20, ContainedThreshold = 1, AskedWinnerThreshold = 1, StatedWinnerThreshold = 1, SentenceWinnerThreshold = 1 };

        var result = new Matcher(strict).Match(question, Index);
        var without = new Matcher(strict with { PlaceOrReasonWinnerThreshold = 1 }).Match(question, Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => a.FactId))}");
        Assert.Equal("vale-trip", result.Best!.FactId);
        Assert.False(without.Answered);
    }

    [Theory]
    [InlineData("Who is Ilse Marrow?")]
    [InlineData("What is Ilse Marrow's position?")]
    public void A_who_is_question_is_answered_by_the_one_fact_that_gives_the_person_a_title(string question)
    {
        var index = Build([.. Fillers(),
            Fact("mediator", "Who chairs the Brisk talks?", "Is Ilse Marrow chairing the talks?",
                "Chief mediator Ilse Marrow chairs the Brisk talks in Ostrava."),
            Fact("marrow-remarks", "What did Ilse Marrow say about the truce?", "Did Marrow comment after the talks?",
                "On Friday Ilse Marrow said that the truce was holding and that both sides would return.")]);

        var result = Matcher.Match(question, index);
        var without = new Matcher(new MatcherOptions { TitledWinnerThreshold = 1, RoleWinnerThreshold = 1 }).Match(question, index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => a.FactId))}");
        Assert.Equal("mediator", result.Best!.FactId);
        Assert.False(without.Answered);
    }

    [Theory]
    [InlineData("What is Ilse Marrow's job?")]
    [InlineData("What is Ilse Marrow's position?")]
    public void A_role_question_puts_the_fact_that_titles_the_person_first_however_closely_another_mentions_her(string question)
    {
        var index = Build([.. Fillers(),
            Fact("talks-chair", "Who chairs the Brisk talks?", "Who is in charge of the river negotiations?",
                "Chief mediator Ilse Marrow chairs the Brisk talks in Ostrava."),
            Fact("marrow-news", "What did Ilse Marrow say about the truce?", "Has Ilse Marrow spoken about the truce?",
                "On Friday Ilse Marrow said that the truce was holding and that both sides would return.")]);

        var result = Matcher.Match(question, index);

        Assert.Equal("talks-chair", result.Answered ? result.Best!.FactId : result.Alternatives[0].FactId);
    }

    [Theory]
    [InlineData("what is ilse quarnby's job")]
    [InlineData("whats quarnby's position")]
    public void A_role_question_with_the_name_in_lower_case_still_puts_the_fact_that_titles_the_person_first(string question)
    {
        var index = Build([.. Fillers(),
            Fact("talks-chair", "Who chairs the Brisk talks?", "Who is in charge of the river negotiations?",
                "Chief mediator Ilse Quarnby chairs the Brisk talks in Ostrava."),
            Fact("quarnby-news", "What did Ilse Quarnby say about the truce?", "Has Ilse Quarnby spoken about the truce?",
                "On Friday Ilse Quarnby said that the truce was holding and that both sides would return.")]);

        var result = Matcher.Match(question, index);

        Assert.Equal("talks-chair", result.Answered ? result.Best!.FactId : result.Alternatives[0].FactId);
    }

    [Theory]
    [InlineData("who is grant holloway")]
    [InlineData("grant holloway who is he")]
    public void A_who_is_question_in_lower_case_puts_the_fact_that_titles_the_person_first_though_his_first_name_is_a_word(string question)
    {
        var index = Build([.. Fillers(),
            Fact("talks-chair", "Who chairs the Brisk talks?", "Is Grant Holloway chairing the talks?",
                "Chief mediator Grant Holloway chairs the Brisk talks in Ostrava."),
            Fact("holloway-news", "What did Grant Holloway say about the truce?", "Has Grant Holloway spoken about the truce?",
                "On Friday Grant Holloway said that the truce was holding and that both sides would return.")]);

        var result = Matcher.Match(question, index);

        Assert.Equal("talks-chair", result.Answered ? result.Best!.FactId : result.Alternatives[0].FactId);
    }

    [Theory]
    [InlineData("What did Orrin Vale say after meeting Ilse Marrow?")]
    [InlineData("What did Vale tell Marrow when they met?")]
    public void What_a_named_person_said_is_not_answered_by_a_fact_in_which_another_person_speaks(string question)
    {
        var index = Build([.. Fillers(), MarrowPost]);

        var result = Matcher.Match(question, index);

        Assert.False(result.Answered, $"answered {result.Best?.FactId}");
        Assert.Equal("marrow-post", result.Alternatives[0].FactId);
    }

    [Fact]
    public void What_the_speaking_person_said_is_still_answered()
    {
        var result = Matcher.Match("What did Ilse Marrow say after meeting Orrin Vale?", Build([.. Fillers(), MarrowPost]));

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => a.FactId))}");
        Assert.Equal("marrow-post", result.Best!.FactId);
    }

    [Fact]
    public void Where_within_a_place_is_not_answered_by_a_fact_whose_only_place_is_that_one()
    {
        var index = Build([.. Fillers(), Fact("brisk-venue", "Where will the Brisk talks be held?", "Brisk talks venue",
            "The Brisk talks will be held in Ostrava next week.")]);

        var within = Matcher.Match("Where in Ostrava will the Brisk talks be held?", index);
        var where = Matcher.Match("Where will the Brisk talks be held?", index);

        Assert.False(within.Answered, $"answered {within.Best?.FactId}");
        Assert.Equal("brisk-venue", within.Alternatives[0].FactId);
        Assert.True(where.Answered);
    }

    private static readonly Fact MarrowPost = Fact("marrow-post", "What did Ilse Marrow post after meeting Orrin Vale?",
        "What did Marrow and Vale agree on?", "In a post on Friday, Ilse Marrow said she and Orrin Vale had agreed to reopen the Tolleck bridge.");

    private static Matcher Matcher { get; } = new(new MatcherOptions());
}
