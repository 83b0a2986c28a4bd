using ChatBot.Core.Curation;
using ChatBot.Core.Curation.Parsing;
using ChatBot.Curation.Tests.Support;

namespace ChatBot.Curation.Tests.Parsing;

/// <summary>The error paths not covered by the per-format tests, one line each.</summary>
public sealed class RemainingErrorPathTests
{
    [Theory]
    [InlineData("Title:", "Title", "is empty")]
    [InlineData("Outlet: OUTLET", "Outlet", "characters; at most 100")]
    [InlineData("Text:\n", "Text", "missing")]
    public void Source_fields(string replacement, string field, string message)
    {
        var line = replacement.Split(':')[0] + ":";
        var body = string.Join('\n', Samples.GenevaSource.Split('\n').Select(l => l.StartsWith(line, StringComparison.Ordinal)
            ? replacement.Replace("OUTLET", new string('o', 101), StringComparison.Ordinal)
            : l));
        if (field == "Text")
        {
            body = body[..(body.IndexOf("Text:", StringComparison.Ordinal) + 5)];
        }

        var error = Assert.Single(SourceMessageParser.Parse(body).Errors, e => e.Field == field);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Source_text_over_the_limit()
    {
        var error = Assert.Single(SourceMessageParser.Parse(Samples.GenevaSource + new string('x', FieldLimits.SourceText)).Errors);

        Assert.Equal("Text", error.Field);
        Assert.Contains($"at most {FieldLimits.SourceText}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Quote:", "Quote", "on line 1 is empty")]
    [InlineData("Source:", "Source", "on line 1 is empty; give a source id or URL")]
    [InlineData("Tags: a", "Tags", "given 2 times")]
    [InlineData("Q: first line\nsecond line", "Q", "continues on the next line ('second line')")]
    public void Fact_fields(string firstLines, string field, string message)
    {
        var error = Assert.Single(FactMessageParser.ParseNew(firstLines + "\n" + Samples.PointsFact).Errors, e => e.Field == field);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id vx", "Version", "'vx' is not a version")]
    [InlineData("id 0", "Version", "'0' is not a version")]
    [InlineData("id v2 extra", "id", "unexpected 'extra'")]
    public void Id_arguments(string arguments, string field, string message)
    {
        var error = Assert.Single(IdArguments.Parse(arguments, CommandUsage.DelFact).Errors);

        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
