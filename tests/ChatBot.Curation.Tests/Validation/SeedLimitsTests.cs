using ChatBot.Core.Curation.Parsing;
using ChatBot.Core.Seeding;

namespace ChatBot.Curation.Tests.Validation;

/// <summary>The seed loader applies the rules curators work under, and the shipped data meets them.</summary>
public sealed class SeedLimitsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatbot-seed-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_shipped_data_meets_the_shared_limits()
    {
        var seed = SeedLoader.Load(RepoPaths.Data);

        Assert.All(seed.Facts, f => Assert.InRange(f.AllQuestions.Count(), 1, FieldLimits.Questions));
        Assert.All(seed.Facts.SelectMany(f => f.Quotes), q => Assert.True(q.Text.Length >= FieldLimits.QuoteMinLength, q.Text));
    }

    [Theory]
    [InlineData("""[{"id":"a","question":"Who leads?","answer":"Dan.","asOf":"2025-11-20","quotes":[{"source":"s","text":"Driscoll"}]}]""", "facts[0].quotes[0]")]
    [InlineData("""[{"id":"a","question":"\u200B","answer":"Dan.","asOf":"2025-11-20","quotes":[{"source":"s","text":"Heading the delegation is Dan Driscoll"}]}]""", "facts[0].question")]
    [InlineData("""[null]""", "facts[0]")]
    public void A_seed_breaking_the_rules_is_refused_naming_the_entry(string facts, string path)
    {
        File.WriteAllText(Path.Combine(_folder, "s.txt"), "Heading the delegation is Dan Driscoll, the Army Secretary.");
        File.WriteAllText(Path.Combine(_folder, SeedLoader.FactsFile),
            $$"""{"sources":[{"id":"s","title":"T","outlet":"O","file":"s.txt"}],"facts":{{facts}}}""");

        var error = Assert.Throws<SeedException>(() => SeedLoader.Load(_folder));

        Assert.Contains(path + ":", error.Message, StringComparison.Ordinal);
    }
}
