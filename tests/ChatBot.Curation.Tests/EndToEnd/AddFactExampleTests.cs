using ChatBot.Curation.Tests.Support;

namespace ChatBot.Curation.Tests.EndToEnd;

/// <summary>README's /addfact example works on the shipped store, and a duplicate question is named by its line.</summary>
public sealed class AddFactExampleTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await CuratorBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task The_readme_addfact_example_adds_a_fact_as_written()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "README.md"));
        var start = readme.IndexOf("```text\n/addfact\n", StringComparison.Ordinal) + "```text\n".Length;
        var example = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)].TrimEnd();

        var reply = await _bot.AskAsync(Admin, example);

        Assert.StartsWith("Fact gen-chris-donahue added (v1)", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicate_translated_question_is_named_by_the_line_it_was_written_on()
    {
        var reply = await _bot.AskAsync(Admin, """
            /addfact
            Q: Who is Gen Chris Donahue?
            A: Gen Chris Donahue, the top US army commander in Europe, joined Dan Driscoll in Kyiv.
            Source: bbc-pentagon-kyiv
            Quote: the leading US army commander in Europe Gen Chris Donahue
            A[uk]: Генерал Кріс Донах'ю приєднався до Дена Дрісколла.
            Q[uk]: Хто очолює делегацію США в Україні?
            """);

        Assert.Contains("Q[uk]: 'Хто очолює делегацію США в Україні?' is already a question of fact 'delegation-head'", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("• Q: 'Хто", reply.Text, StringComparison.Ordinal);
    }
}
