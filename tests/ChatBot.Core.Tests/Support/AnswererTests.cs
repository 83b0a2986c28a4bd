namespace ChatBot.Core.Tests.Support;

public sealed class AnswererTests
{
    [Fact]
    public async Task Answers_delegation_question_with_verbatim_quote()
    {
        using var store = new SeededStore();

        var outcome = await store.Answerer.AnswerAsync("who leads the delegation?");

        Assert.True(outcome.Answered);
        Assert.Contains("Dan Driscoll", outcome.Fact!.Answer);
        var source = store.Seed.Sources.Single(s => s.Id == outcome.Citations[0].SourceId);
        Assert.Contains(outcome.Citations[0].Quote, source.Text);
    }

    [Theory]
    [InlineData("ternopil death toll?")]
    [InlineData("how mny died in ternopil")]
    [InlineData("How many people were killed in the Ternopil strike?")]
    public async Task Answers_death_toll_with_the_count(string question)
    {
        using var store = new SeededStore();

        var outcome = await store.Answerer.AnswerAsync(question);

        Assert.True(outcome.Answered, question);
        Assert.Contains("26", outcome.Fact!.Answer);
    }

    [Theory]
    [InlineData("How many died in Kharkiv?")]
    [InlineData("How much is the HIMARS package?")]
    [InlineData("Who won the 2022 World Cup?")]
    [InlineData("Who is the Secretary of the Navy?")]
    [InlineData("")]
    [InlineData("?!?!...")]
    [InlineData("\u0001\u0002\uFFFD\uFFFD binary")]
    public async Task Abstains_on_what_the_store_cannot_answer(string question)
    {
        using var store = new SeededStore();

        var outcome = await store.Answerer.AnswerAsync(question);

        Assert.False(outcome.Answered, question);
        Assert.Null(outcome.Fact);
    }

    [Fact]
    public async Task Survives_a_ten_thousand_character_question()
    {
        using var store = new SeededStore();

        var outcome = await store.Answerer.AnswerAsync(new string('x', 5000) + " " + new string('y', 5000));

        Assert.False(outcome.Answered);
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        using var store = new SeededStore();
        var revision = await store.Store.GetRevisionAsync();

        var seededAgain = await store.Curation.SeedAsync(store.Seed);

        Assert.False(seededAgain);
        Assert.Equal(revision, await store.Store.GetRevisionAsync());
        Assert.Equal(store.Seed.Facts.Count, (await store.Store.GetActiveFactsAsync()).Count);
    }
}
