using System.Text.Json;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

/// <summary>The real built ChatBot run as `ask`, the way curators and scripts use it.</summary>
public sealed class AskCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatbot-ask-").FullName;

    [Fact]
    public async Task Answers_delegation_question_from_stdin_as_one_json_line_with_verbatim_quote()
    {
        var lines = await AskAsync("who leads the delegation?\n");

        var answer = Assert.Single(lines);
        Assert.True(answer.GetProperty("answered").GetBoolean());
        Assert.Contains("Dan Driscoll", answer.GetProperty("answer").GetString());
        var quote = answer.GetProperty("citations")[0].GetProperty("quote").GetString()!;
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "000_388b3ba3cb0d43d6.txt"));
        Assert.Contains(quote, source);
    }

    [Fact]
    public async Task Gives_an_unanswered_line_for_each_bad_input_and_keeps_going()
    {
        var junk = new string(Enumerable.Range(0, 300).Select(i => (char)(i * 7919 % 0xD000)).Where(c => c != '\n' && c != '\r').ToArray());
        var input = string.Join('\n', "", new string('x', 10_000), junk, "?!?!...", "ternopil death toll?") + "\n";

        var lines = await AskAsync(input);

        Assert.Equal(5, lines.Count);
        Assert.All(lines.Take(4), l => Assert.False(l.GetProperty("answered").GetBoolean()));
        Assert.True(lines[4].GetProperty("answered").GetBoolean());
        Assert.Contains("26", lines[4].GetProperty("answer").GetString());
    }

    [Fact]
    public async Task Abstains_on_a_near_miss_and_says_so_in_json()
    {
        var lines = await AskAsync("How many died in Kharkiv?\n");

        var answer = Assert.Single(lines);
        Assert.False(answer.GetProperty("answered").GetBoolean());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("factId").ValueKind);
        Assert.Equal(0, answer.GetProperty("citations").GetArrayLength());
    }

    private async Task<List<JsonElement>> AskAsync(string stdin)
    {
        var info = ChildRun.StartInfo(_folder, ["ask", "--json", "--db", Path.Combine(_folder, "x.db")]);
        var (exitCode, stdout, stderr) = await ChildRun.RunAsync(info, stdin);
        Assert.True(exitCode == 0, stderr);
        return [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind must not fail the run.
        }
    }
}
