using ChatBot.Core.Curation;
using ChatBot.Core.Curation.Parsing;
using ChatBot.Curation.Tests.Support;

namespace ChatBot.Curation.Tests.Parsing;

public sealed class FactMessageParserTests
{
    private static FieldError Single(CurationResult<FactDraft> result, string field)
    {
        Assert.False(result.Succeeded);
        return Assert.Single(result.Errors, e => e.Field == field);
    }

    private static string Without(string field) =>
        string.Join('\n', Samples.PointsFact.Split('\n').Where(l => !l.StartsWith(field + ":", StringComparison.Ordinal)));

    [Fact]
    public void A_complete_message_gives_questions_answer_quotes_tags_and_notify()
    {
        var result = FactMessageParser.ParseNew(Samples.PointsFact);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var draft = result.Value!;
        Assert.Equal([Samples.PointsQuestion, "How long is the revised Geneva plan?"], draft.Questions);
        Assert.Equal("After the Geneva talks the revised framework has 19 points.", draft.Answer);
        Assert.Equal([new QuoteDraft("The revised framework now contains 19 points", Samples.GenevaUrl)], draft.Quotes);
        Assert.Equal(["peace-plan", "geneva"], draft.Tags);
        Assert.False(draft.Notify);
    }

    [Fact]
    public void Notify_defaults_to_yes()
    {
        Assert.True(FactMessageParser.ParseNew(Without("Notify")).Value!.Notify);
    }

    [Theory]
    [InlineData("Q")]
    [InlineData("A")]
    [InlineData("Quote")]
    [InlineData("Source")]
    public void A_missing_required_field_is_named(string field)
    {
        Assert.Contains("missing", Single(FactMessageParser.ParseNew(Without(field)), field).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Notify_must_be_yes_or_no()
    {
        var result = FactMessageParser.ParseNew(Samples.PointsFact.Replace("Notify: no", "Notify: maybe", StringComparison.Ordinal));

        Assert.Equal("Notify: 'maybe' is not yes or no", Single(result, "Notify").Shown);
    }

    [Fact]
    public void An_empty_question_line_is_named_by_its_line()
    {
        var result = FactMessageParser.ParseNew("Q:\n" + Samples.PointsFact);

        Assert.Equal("on line 1 is empty", Single(result, "Q").Message);
    }

    [Fact]
    public void The_same_question_twice_is_refused()
    {
        var result = FactMessageParser.ParseNew($"Q: {Samples.PointsQuestion.ToUpperInvariant()}\n" + Samples.PointsFact);

        Assert.Contains("is given twice", Single(result, "Q").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_over_the_limit_is_refused_with_its_length()
    {
        var result = FactMessageParser.ParseNew(Samples.PointsFact.Replace("A: After", "A: " + new string('x', 1600), StringComparison.Ordinal));

        Assert.StartsWith("is 16", Single(result, "A").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_line_belongs_to_editfact_only()
    {
        Assert.Equal("only /editfact takes a version", Single(FactMessageParser.ParseNew("Version: 2\n" + Samples.PointsFact), "Version").Message);
    }

    [Fact]
    public void An_answer_may_span_lines()
    {
        var result = FactMessageParser.ParseNew(Samples.PointsFact.Replace("19 points.", "19 points.\nSecond line.", StringComparison.Ordinal));

        Assert.Equal("After the Geneva talks the revised framework has 19 points.\nSecond line.", result.Value!.Answer);
    }

    [Fact]
    public void A_line_of_the_answer_that_merely_looks_like_a_label_stays_in_the_answer()
    {
        var result = FactMessageParser.ParseNew(Samples.PointsFact.Replace("19 points.", "19 points.\nNote: figures may change.", StringComparison.Ordinal));

        Assert.EndsWith("19 points.\nNote: figures may change.", result.Value!.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_quote_field_fails_instead_of_joining_the_answer()
    {
        var result = FactMessageParser.ParseNew(Samples.PointsFact.Replace("Quote:", "Qoute:", StringComparison.Ordinal));

        Assert.Contains(result.Errors, e => e.Field == "Qoute" && e.Message.Contains("did you mean 'Quote:'", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_quote_cites_the_source_line_above_it()
    {
        var body = """
            Q: q
            A: a
            Quote: the first passage of the source
            Source: one
            Quote: the second passage of the source
            Source: two
            Quote: the third passage of the source
            """;

        var quotes = FactMessageParser.ParseNew(body).Value!.Quotes;

        Assert.Equal([new QuoteDraft("the first passage of the source", "one"), new QuoteDraft("the second passage of the source", "one"),
            new QuoteDraft("the third passage of the source", "two")], quotes);
    }

    [Fact]
    public void Tags_are_trimmed_and_deduplicated_and_long_ones_refused()
    {
        var ok = FactMessageParser.ParseNew(Samples.PointsFact.Replace("Tags: peace-plan, geneva", "Tags: a , b,, A", StringComparison.Ordinal));
        var bad = FactMessageParser.ParseNew(Samples.PointsFact.Replace("geneva", new string('g', 41), StringComparison.Ordinal));

        Assert.Equal(["a", "b"], ok.Value!.Tags);
        Assert.StartsWith("is 41 characters; at most 40", Single(bad, "Tags").Message, StringComparison.Ordinal);
    }
}
