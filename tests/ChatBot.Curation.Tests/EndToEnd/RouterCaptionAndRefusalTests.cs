using ChatBot.Curation.Tests.Support;
using ChatBot.FakeTelegram;

namespace ChatBot.Curation.Tests.EndToEnd;

/// <summary>What the router does for curators: commands in document captions, refusals that are logged.</summary>
public sealed class RouterCaptionAndRefusalTests : IAsyncLifetime
{
    private const long Admin = AdminBot.AdminId;
    private AdminBot _bot = null!;
    private long _user;

    public async Task InitializeAsync()
    {
        _bot = await AdminBot.StartAsync();
        _bot.Fake.AddUser(new FakeUser(Admin, "Admin"));
        _user = _bot.Fake.CreateUser().Id;
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_txt_document_captioned_with_addsource_and_its_headers_adds_the_source()
    {
        var caption = "/addsource\n" + Samples.GenevaSource[..Samples.GenevaSource.IndexOf("Text:", StringComparison.Ordinal)];
        var seen = _bot.Fake.SentMessageCount(Admin);

        _bot.Fake.EnqueueDocument(Admin, Admin, "geneva.txt", System.Text.Encoding.UTF8.GetBytes(Samples.GenevaText), "text/plain", caption);
        var reply = (await _bot.Fake.WaitForMessagesAsync(Admin, seen + 1, AdminBot.Patience))[seen];

        Assert.Contains("Source added: example-news-geneva-talks-revise-usa", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Geneva talks revise the US peace plan", (await _bot.SendAsync(_user, "/sources")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_admins_admin_command_is_logged_and_answered_like_an_unknown_one()
    {
        var refused = await _bot.SendAsync(_user, "/delfact ternopil-strike");
        var unknown = await _bot.SendAsync(_user, "/nosuchcommand");

        Assert.Equal(unknown.Text, refused.Text);
        Assert.Contains("Refused admin command /delfact", _bot.Logs.All, StringComparison.Ordinal);
        Assert.Contains("26", (await _bot.SendAsync(_user, "ternopil death toll?")).Text, StringComparison.Ordinal);
    }
}
