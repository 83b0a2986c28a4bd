using ChatBot.Hosting;

namespace ChatBot.Tests.Cli;

/// <summary>The terminal chat that runs when no Telegram token is configured.</summary>
public sealed class ConsoleChatTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatbot-console-").FullName;

    [Fact]
    public async Task Answers_questions_and_says_how_to_connect_a_token()
    {
        var input = new StringReader("ternopil death toll?\n/fact invasion-year\n/fact nope\n/sources\n/quit\n");
        var output = new StringWriter();

        var code = await ChatBotApp.RunAsync(
            ["--Storage:DatabasePath", Path.Combine(_folder, "c.db"), "--Storage:DataDirectory", Path.Combine(AppContext.BaseDirectory, "data"), "--Telegram:BotToken", ""],
            input,
            output);

        var text = output.ToString();
        Assert.Equal(0, code);
        Assert.Contains("Telegram__BotToken", text);
        Assert.Contains("At least 26 people were killed", text);
        Assert.Contains("\"at least 26 individuals died", text);
        Assert.Contains("2022", text);
        Assert.Contains("No fact with id 'nope'", text);
        Assert.Contains("BBC News", text);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
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
