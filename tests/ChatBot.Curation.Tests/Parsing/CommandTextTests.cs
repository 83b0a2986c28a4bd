using ChatBot.Core.Curation;
using ChatBot.Core.Curation.Parsing;

namespace ChatBot.Curation.Tests.Parsing;

public sealed class CommandTextTests
{
    [Fact]
    public void The_command_its_arguments_and_the_body_are_split()
    {
        var text = CommandText.Parse("/EditFact@PeaceBot delegation-head v2\r\nA: x\nTags: y");

        Assert.Equal(new CommandText("/editfact", "delegation-head v2", "A: x\nTags: y"), text);
    }

    [Fact]
    public void Fields_written_on_the_command_line_stay_part_of_the_body()
    {
        Assert.Equal("Title: T\nOutlet: O", CommandText.Parse("/addsource Title: T\nOutlet: O").FullBody);
    }

    [Theory]
    [InlineData("/alias id", "id", null)]
    [InlineData("/delfact", null, null)]
    [InlineData("/delfact id v2", "id", 2)]
    public void Id_arguments_read_the_id_and_optional_version(string message, string? id, int? version)
    {
        var result = IdArguments.Parse(CommandText.Parse(message).Arguments, CommandUsage.DelFact);

        Assert.Equal(id, result.Value?.Id);
        Assert.Equal(version, result.Value?.Version);
        Assert.Equal(id is null, result.Errors.Count > 0);
    }

    [Theory]
    [InlineData("Who is leading the US delegation to Ukraine?", "leading-usa-delegation-ukraine")]
    [InlineData("What?", "what")]
    [InlineData("", "item")]
    public void Slugs_are_short_kebab_case(string text, string slug)
    {
        Assert.Equal(slug, Slug.From(text));
    }

    [Fact]
    public void Slugs_of_non_english_text_are_still_ascii_kebab_case()
    {
        // Whether accents fold to ASCII depends on the runtime's globalization mode; either way the slug is usable.
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", Slug.From("¿Qué pasó en Ginebra?"));
    }

    [Fact]
    public void A_taken_slug_gets_the_first_free_suffix()
    {
        Assert.Equal("what-2", Slug.Unique("What?", id => id == "what"));
        Assert.True(Slug.Unique(new string('a', 60) + " b", _ => false).Length <= Slug.MaxLength);
    }
}
