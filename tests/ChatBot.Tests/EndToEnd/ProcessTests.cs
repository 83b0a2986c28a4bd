using ChatBot.FakeTelegram;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.EndToEnd;

/// <summary>The real ChatBot process: answers, survives a 500, is SIGKILLed mid-answer and restarted, then SIGTERMed.</summary>
public sealed class ProcessTests : ProcessTestBase
{
    private string DatabasePath => Path.Combine(Folder, "chatbot.db");

    [Fact]
    public async Task Killed_mid_answer_and_restarted_it_answers_every_question_exactly_once()
    {
        var user = Fake.CreateUser("Eve");
        var first = await StartAsync();

        // A 500 on one send: it is retried, and the bot keeps answering.
        Fake.InjectFault("sendMessage", Fault.InternalServerError(), chatId: user.Id);
        var answer = await AskAsync(user.Id, "ternopil death toll?");
        Assert.Contains("26", answer.Text);
        Assert.Contains(answer.Entities, e => e.Type == "blockquote");

        // The next answer is held by the server; the bot dies while it waits for it.
        await KillWhileAnsweringAsync(first, user.Id, "Who is leading the US delegation to Ukraine?");

        // Asked while the bot is down.
        Fake.EnqueueMessage(user.Id, user.Id, "/fact ternopil-strike");
        await StartAsync();
        Fake.EnqueueMessage(user.Id, user.Id, "/sources");
        await Fake.WaitForAsync(() => Fake.SentMessages(user.Id).Any(m => m.Text!.StartsWith("Sources", StringComparison.Ordinal)), Patience, "the /sources reply");

        var texts = Fake.SentMessages(user.Id).Select(m => m.Text!).ToList();
        Assert.Equal(4, texts.Count);
        Assert.Contains("26", texts[0]);
        Assert.Contains("Driscoll", texts[1]);
        Assert.Contains(Fake.SentMessages(user.Id)[2].Buttons, b => b.CallbackData == "v:u:0:ternopil-strike");
        Assert.StartsWith("Sources", texts[3]);
    }

    [Fact]
    public async Task Sigterm_finishes_the_answer_in_hand_and_exits_cleanly_without_logging_the_token()
    {
        var bot = await StartAsync();
        var user = Fake.CreateUser();
        Assert.Contains("26", (await AskAsync(user.Id, "ternopil death toll?")).Text);
        var held = Fake.InjectFault("sendMessage", Fault.DelayBeforeProcessing(TimeSpan.FromSeconds(1)), chatId: user.Id);
        Fake.EnqueueMessage(user.Id, user.Id, "Who is leading the US delegation to Ukraine?");
        await Fake.WaitForAsync(() => held.IsExhausted, Patience, "the answer held at the server");

        var exit = await bot.TerminateAsync(Patience);

        Assert.Equal(0, exit);
        Assert.Equal(2, Fake.SentMessageCount(user.Id));
        Assert.Contains("Driscoll", Fake.SentMessages(user.Id)[1].Text);
        Assert.DoesNotContain(BotHarness.Token, bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_token_stops_start_up_naming_the_setting_without_printing_it()
    {
        const string badToken = "not-a-token-SECRET";

        var bad = Track(BotProcess.Start(Fake.BaseUrl, DatabasePath, badToken));

        Assert.NotEqual(0, await bad.WaitForExitAsync(Patience));
        Assert.Contains("Telegram:BotToken", bad.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", bad.Output, StringComparison.Ordinal);
        Assert.Equal(0, Fake.RequestCount);
    }

    // No need to wait for it to listen: the fake keeps updates until a getUpdates offset confirms them.
    private Task<BotProcess> StartAsync() => Task.FromResult(Start());

    private BotProcess Track(BotProcess process)
    {
        Processes.Add(process);
        return process;
    }
}
