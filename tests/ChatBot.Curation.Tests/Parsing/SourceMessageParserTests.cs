using ChatBot.Core.Curation;
using ChatBot.Core.Curation.Parsing;
using ChatBot.Curation.Tests.Support;

namespace ChatBot.Curation.Tests.Parsing;

public sealed class SourceMessageParserTests
{
    private static FieldError Single(CurationResult<SourceDraft> result, string field)
    {
        Assert.False(result.Succeeded);
        return Assert.Single(result.Errors, e => e.Label == field);
    }

    [Fact]
    public void A_complete_message_gives_every_field_and_the_text_verbatim()
    {
        var result = SourceMessageParser.Parse(Samples.GenevaSource);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var draft = result.Value!;
        Assert.Equal("Geneva talks revise the US peace plan", draft.Title);
        Assert.Equal("Example News", draft.Outlet);
        Assert.Equal(Samples.GenevaUrl, draft.Url);
        Assert.Equal(new DateOnly(2025, 11, 23), draft.Published);
        Assert.Equal(Samples.GenevaText.Trim(), draft.Text);
    }

    [Fact]
    public void An_impossible_date_is_named_with_the_format_to_use()
    {
        var result = SourceMessageParser.Parse(Samples.GenevaSource.Replace("2025-11-23", "2025-13-01", StringComparison.Ordinal));

        Assert.Equal("Published: '2025-13-01' is not a date; use yyyy-mm-dd", Single(result, "Published").Shown);
    }

    [Theory]
    [InlineData("Title")]
    [InlineData("Outlet")]
    [InlineData("Published")]
    public void A_missing_required_field_is_named(string field)
    {
        var lines = Samples.GenevaSource.Split('\n').Where(l => !l.StartsWith(field + ":", StringComparison.Ordinal));

        var error = Single(SourceMessageParser.Parse(string.Join('\n', lines)), field);

        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_text_says_how_to_give_it()
    {
        var body = Samples.GenevaSource[..Samples.GenevaSource.IndexOf("Text:", StringComparison.Ordinal)];

        Assert.Contains(".txt document", Single(SourceMessageParser.Parse(body), "Text").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_url_that_is_not_http_is_refused()
    {
        var result = SourceMessageParser.Parse(Samples.GenevaSource.Replace(Samples.GenevaUrl, "javascript:alert(1)", StringComparison.Ordinal));

        Assert.Equal("'javascript:alert(1)' is not an http(s) link", Single(result, "URL").Message);
    }

    [Fact]
    public void The_url_may_be_left_out()
    {
        var body = Samples.GenevaSource.Replace($"URL: {Samples.GenevaUrl}\n", string.Empty, StringComparison.Ordinal);

        var result = SourceMessageParser.Parse(body);

        Assert.True(result.Succeeded);
        Assert.Null(result.Value!.Url);
    }

    [Fact]
    public void A_field_given_twice_is_refused()
    {
        var result = SourceMessageParser.Parse("Title: One\n" + Samples.GenevaSource);

        Assert.Equal("given 2 times; give it once", Single(result, "Title").Message);
    }

    [Fact]
    public void A_misspelt_field_name_is_reported_instead_of_swallowed()
    {
        var result = SourceMessageParser.Parse(Samples.GenevaSource.Replace("Outlet:", "Outlte:", StringComparison.Ordinal));

        Assert.Contains("did you mean 'Outlet:'", Single(result, "Outlte").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_before_any_field_is_reported_with_its_number()
    {
        var result = SourceMessageParser.Parse("hello there\n" + Samples.GenevaSource);

        Assert.Contains("is not a field line", Single(result, "line 1").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_running_onto_a_second_line_is_refused()
    {
        var result = SourceMessageParser.Parse(Samples.GenevaSource.Replace("Outlet:", "more title\nOutlet:", StringComparison.Ordinal));

        Assert.Contains("continues on the next line ('more title')", Single(result, "Title").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_may_come_from_a_document_with_the_headers_as_caption()
    {
        var caption = Samples.GenevaSource[..Samples.GenevaSource.IndexOf("Text:", StringComparison.Ordinal)];

        var result = SourceMessageParser.Parse(caption, Samples.GenevaText);

        Assert.True(result.Succeeded);
        Assert.Equal(Samples.GenevaText.Trim(), result.Value!.Text);
    }

    [Fact]
    public void Text_both_in_the_message_and_as_a_document_is_ambiguous()
    {
        Assert.Contains("given both", Single(SourceMessageParser.Parse(Samples.GenevaSource, "other"), "Text").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var result = SourceMessageParser.Parse("Published: tomorrow\nURL: ftp://x");

        Assert.Equal(["Title", "Outlet", "Text", "URL", "Published"], result.Errors.Select(e => e.Field));
    }
}
