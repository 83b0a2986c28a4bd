using System.Text;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.FakeTelegram.Tests;

public sealed class FileTests : FakeApiTestBase
{
    [Fact]
    public async Task SendDocument_uploads_a_file_that_can_be_fetched_back()
    {
        var chat = Fake.CreatePrivateChat();
        var content = Encoding.UTF8.GetBytes("fact,source\nwater boils,page 3\n");
        using var stream = new MemoryStream(content);

        var sent = await Bot.SendDocument(chat.Id, InputFile.FromStream(stream, "facts.csv"), caption: "<b>Export</b>", parseMode: ParseMode.Html);
        var file = await Bot.GetFile(sent.Document!.FileId);
        using var downloaded = new MemoryStream();
        await Bot.DownloadFile(file.FilePath!, downloaded);

        Assert.Equal("facts.csv", sent.Document.FileName);
        Assert.Equal(content.Length, sent.Document.FileSize);
        Assert.Equal("Export", sent.Caption);
        Assert.Equal(MessageEntityType.Bold, Assert.Single(sent.CaptionEntities!).Type);
        Assert.Equal(content, downloaded.ToArray());
        var stored = Fake.SentMessages(chat.Id).Single();
        Assert.Equal("document", stored.Media!.Kind);
        Assert.Equal(content, Fake.GetFileContent(stored.Media.File.FileId));
        Assert.Equal("facts.csv", Fake.RequestsFor("sendDocument").Single().Files.Single().FileName);
    }

    [Fact]
    public async Task Injected_document_can_be_fetched_with_GetFile_and_downloaded()
    {
        var user = Fake.CreateUser();
        var content = Encoding.UTF8.GetBytes("# Source notes");
        Fake.EnqueueDocument(user.Id, user.Id, "notes.md", content, "text/markdown", caption: "please import");

        var message = Assert.Single(await Bot.GetUpdates()).Message!;
        using var downloaded = new MemoryStream();
        var file = await Bot.GetInfoAndDownloadFile(message.Document!.FileId, downloaded);

        Assert.Equal("notes.md", message.Document.FileName);
        Assert.Equal("text/markdown", message.Document.MimeType);
        Assert.Equal("please import", message.Caption);
        Assert.Equal(content.Length, file.FileSize);
        Assert.Equal(content, downloaded.ToArray());
    }

    [Fact]
    public async Task Unknown_file_id_is_rejected()
    {
        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.GetFile("nope"));

        Assert.Equal("Bad Request: invalid file_id", ex.Message);
    }

    [Fact]
    public async Task A_document_can_be_resent_by_file_id()
    {
        var chat = Fake.CreatePrivateChat();
        using var stream = new MemoryStream([1, 2, 3]);
        var first = await Bot.SendDocument(chat.Id, InputFile.FromStream(stream, "a.bin"));

        var second = await Bot.SendDocument(chat.Id, InputFile.FromFileId(first.Document!.FileId));

        Assert.Equal(first.Document.FileId, second.Document!.FileId);
    }
}
