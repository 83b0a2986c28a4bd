using ChatBot.FakeTelegram;

namespace ChatBot.Tests.Support;

/// <summary>
/// What every test of real ChatBot processes needs: a fake Bot API, a fresh folder, and every process it started killed
/// at the end, whatever happened.
/// </summary>
public abstract class ProcessTestBase : IAsyncLifetime
{
    protected static readonly TimeSpan Patience = BotProcess.Patience;

    protected string Folder { get; } = Directory.CreateTempSubdirectory("chatbot-process-").FullName;

    protected FakeBotApi Fake { get; private set; } = null!;

    protected List<BotProcess> Processes { get; } = [];

    /// <summary>Every line every process wrote, for failure messages and leak checks.</summary>
    protected string Logs => string.Join(Environment.NewLine, Processes.Select(p => p.Output));

    public virtual async Task InitializeAsync() => Fake = await FakeBotApi.StartAsync();

    public virtual async Task DisposeAsync()
    {
        foreach (var p in Processes)
        {
            p.Dispose();
        }
        await Fake.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>Asks as <paramref name="userId"/> in private and returns the bot's next message there.</summary>
    protected async Task<FakeMessage> AskAsync(long userId, string text)
    {
        var seen = Fake.SentMessageCount(userId);
        Fake.EnqueueMessage(userId, userId, text);
        return (await Fake.WaitForMessagesAsync(userId, seen + 1, Patience))[seen];
    }

    /// <summary>
    /// Asks <paramref name="question"/>, holds its answer in the server, and SIGKILLs <paramref name="bot"/> while it
    /// waits for it (the update was taken and not finished).
    /// </summary>
    protected async Task KillWhileAnsweringAsync(BotProcess bot, long userId, string question)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var held = Fake.InjectFault("sendMessage", Fault.DelayBeforeProcessing(TimeSpan.FromMinutes(2)), chatId: userId);
        Fake.EnqueueMessage(userId, userId, question);
        await Fake.WaitForAsync(() => held.IsExhausted, Patience, "the answer held at the server");
        bot.KillHard();
        Fake.ClearFaults();
    }

    /// <summary>Starts the bot against the fake with <paramref name="environment"/>; it is killed at the end.</summary>
    protected BotProcess Start(IReadOnlyDictionary<string, string>? environment = null, string database = "chatbot.db")
    {
        var bot = BotProcess.Start(Fake.BaseUrl, Path.Combine(Folder, database), environment: environment);
        Processes.Add(bot);
        return bot;
    }
}
