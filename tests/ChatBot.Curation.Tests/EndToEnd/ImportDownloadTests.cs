using ChatBot.Curation.Tests.Support;
using ChatBot.FakeTelegram;

namespace ChatBot.Curation.Tests.EndToEnd;

public sealed class ImportDownloadTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await CuratorBot.StartAsync();
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task An_import_whose_file_cannot_be_downloaded_gets_a_reply_asking_to_send_it_again()
    {
        var document = await _bot.SendDocumentAsync(BotHarness.AdminId, "store.json", "{}", "application/json");
        _bot.Fake.InjectFault("getFile", Fault.Error(400, "Bad Request: file is too big"));

        var reply = await _bot.AskAsync(BotHarness.AdminId, "/import", replyTo: document);

        Assert.Contains("could not be downloaded from Telegram", reply.Text, StringComparison.Ordinal);
        Assert.Contains("send the file again", reply.Text, StringComparison.Ordinal);
    }
}
