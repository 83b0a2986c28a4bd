using ChatBot.Tests.Support;

namespace ChatBot.Tests.EndToEnd.Webhook;

/// <summary>The real ChatBot process in webhook mode, SIGKILLed mid-answer and restarted on another port.</summary>
public sealed class WebhookProcessTests : ProcessTestBase
{
    [Fact]
    public async Task Killed_mid_answer_it_loses_nothing_and_answers_every_question_once_in_order_after_a_restart()
    {
        var user = Fake.CreateUser("Eve");
        var first = await StartAsync();
        var answer = await AskAsync(user.Id, "ternopil death toll?");
        Assert.Contains("26", answer.Text);

        // The next answer is held by the server; the bot dies while it waits for it. Its update was acknowledged.
        await KillWhileAnsweringAsync(first, user.Id, "Who is leading the US delegation to Ukraine?");

        // Asked while the bot is down: Telegram keeps retrying the POST until a bot answers again.
        Fake.EnqueueMessage(user.Id, user.Id, "/fact ternopil-strike");
        await StartAsync();
        Fake.EnqueueMessage(user.Id, user.Id, "/sources");
        await Fake.WaitForAsync(() => Fake.SentMessages(user.Id).Any(m => m.Text!.StartsWith("Sources", StringComparison.Ordinal)), Patience, "the /sources reply");

        var texts = Fake.SentMessages(user.Id).Select(m => m.Text!).ToList();
        Assert.Equal(4, texts.Count);
        Assert.Contains("26", texts[0]);
        Assert.Contains("Driscoll", texts[1]);
        Assert.Contains("26", texts[2]);
        Assert.StartsWith("Sources", texts[3]);
        Assert.DoesNotContain(WebhookBot.Secret, string.Join("\n", Processes.Select(p => p.Output)), StringComparison.Ordinal);
    }

    /// <summary>Starts a bot on a free port and points the fake's webhook deliveries (the "proxy") at it.</summary>
    private async Task<BotProcess> StartAsync()
    {
        var bot = BotProcess.Start(Fake.BaseUrl, Path.Combine(Folder, "chatbot.db"), environment: new Dictionary<string, string>
        {
            ["Telegram__Mode"] = "Webhook",
            ["Telegram__WebhookUrl"] = WebhookBot.Url,
            ["Telegram__WebhookSecret"] = WebhookBot.Secret,
            ["urls"] = "http://127.0.0.1:0",
        });
        Processes.Add(bot);
        Fake.WebhookProxy = await bot.ListeningAsync();
        return bot;
    }
}
