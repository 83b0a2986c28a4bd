using ChatBot.Core.Curation;
using ChatBot.Core.Curation.Parsing;

namespace ChatBot.Curation.Tests.Parsing;

public sealed class EditMessageParserTests
{
    private static FieldError Single(CurationResult<FactEdit> result, string field)
    {
        Assert.False(result.Succeeded);
        return Assert.Single(result.Errors, e => e.Field == field);
    }

    [Fact]
    public void Only_the_given_fields_are_replaced()
    {
        var edit = FactMessageParser.ParseEdit("delegation-head", "A: New answer.").Value!;

        Assert.Equal(new FactEdit("delegation-head", null, null, "New answer.", null, null, null, null), edit);
    }

    [Theory]
    [InlineData("delegation-head v3", "")]
    [InlineData("delegation-head 3", "")]
    [InlineData("delegation-head", "Version: v3\n")]
    public void The_base_version_comes_from_the_command_line_or_a_version_line(string arguments, string versionLine)
    {
        Assert.Equal(3, FactMessageParser.ParseEdit(arguments, versionLine + "A: x").Value!.BaseVersion);
    }

    [Fact]
    public void A_missing_id_says_how_to_write_the_command()
    {
        Assert.Contains("/editfact <id>", Single(FactMessageParser.ParseEdit("", "A: x"), "id").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_version_is_named()
    {
        Assert.Equal("'vx' is not a version; use v3 or 3", Single(FactMessageParser.ParseEdit("id vx", "A: x"), "Version").Message);
    }

    [Fact]
    public void Contradicting_versions_are_refused()
    {
        Assert.Contains("contradicts", Single(FactMessageParser.ParseEdit("id v2", "Version: 3\nA: x"), "Version").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_without_fields_is_refused()
    {
        Assert.Contains("none given", Single(FactMessageParser.ParseEdit("id", ""), "fields").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extra_words_after_the_version_are_refused()
    {
        Assert.Contains("unexpected 'please'", Single(FactMessageParser.ParseEdit("id v2 please", "A: x"), "id").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_line_alone_recites_the_current_quotes()
    {
        var edit = FactMessageParser.ParseEdit("id", "Source: other").Value!;

        Assert.Equal("other", edit.SourceRef);
        Assert.Null(edit.Quotes);
    }

    [Fact]
    public void Quotes_without_a_source_keep_the_facts_source()
    {
        var edit = FactMessageParser.ParseEdit("id", "Quote: a passage of several words").Value!;

        Assert.Equal([new QuoteDraft("a passage of several words", null)], edit.Quotes);
    }

    [Fact]
    public void An_empty_tags_line_clears_the_tags()
    {
        Assert.Equal([], FactMessageParser.ParseEdit("id", "Tags:").Value!.Tags!);
    }
}
