using ChatBot.Curation.Tests.Support;
using ChatBot.FakeTelegram;
using ChatBot.Telegram.Commands;
using ChatBot.Telegram.Commands.Admin;
using ChatBot.Telegram.Replies;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Curation.Tests.EndToEnd;

/// <summary>
/// A document whose caption is the command: the router does not route captions yet, so the command is run directly
/// with the context the router would build, against the fake Bot API (file download, reply).
/// </summary>
public sealed class CaptionCommandTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await CuratorBot.StartAsync();
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Addsource_as_the_caption_of_a_txt_document_reads_the_headers_and_the_file()
    {
        var caption = Samples.GenevaSource[..Samples.GenevaSource.IndexOf("Text:", StringComparison.Ordinal)];
        var message = await UploadAsync("geneva.txt", Samples.GenevaText, "text/plain");

        var reply = await RunAsync<AddSourceCommand>(message, caption);

        Assert.Contains("Source added: example-news-geneva-talks-revise-usa", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_that_is_not_text_is_refused_naming_its_type()
    {
        var message = await UploadAsync("geneva.pdf", "%PDF", "application/pdf");

        var reply = await RunAsync<AddSourceCommand>(message, "Title: T\nOutlet: O\nPublished: 2025-11-23");

        Assert.Contains("Text: the document is application/pdf; send the source as a .txt file", reply.Text, StringComparison.Ordinal);
    }

    private async Task<Message> UploadAsync(string name, string content, string mime)
    {
        var seen = _bot.Fake.SentMessageCount(BotHarness.AdminId);
        var update = _bot.Fake.EnqueueDocument(BotHarness.AdminId, BotHarness.AdminId, name, System.Text.Encoding.UTF8.GetBytes(content), mime);
        await _bot.Fake.WaitForMessagesAsync(BotHarness.AdminId, seen + 1, BotHarness.Patience);
        var file = _bot.Fake.InjectedMessage(update)!.Media!.File;
        return new Message
        {
            Id = 1,
            From = new User { Id = BotHarness.AdminId, FirstName = "Admin" },
            Chat = new Chat { Id = BotHarness.AdminId, Type = ChatType.Private },
            Document = new Document { FileId = file.FileId, FileUniqueId = file.FileUniqueId, FileName = name, MimeType = mime, FileSize = file.FileSize },
        };
    }

    private async Task<FakeMessage> RunAsync<TCommand>(Message message, string arguments)
        where TCommand : IBotCommand
    {
        var seen = _bot.Fake.SentMessageCount(BotHarness.AdminId);
        using (var scope = _bot.Services.CreateScope())
        {
            var command = scope.ServiceProvider.GetServices<IBotCommand>().OfType<TCommand>().Single();
            var context = new CommandContext(message, arguments, 0, true, scope.ServiceProvider.GetRequiredService<ReplySender>());
            await command.ExecuteAsync(context, CancellationToken.None);
        }
        return (await _bot.Fake.WaitForMessagesAsync(BotHarness.AdminId, seen + 1, BotHarness.Patience))[seen];
    }
}
