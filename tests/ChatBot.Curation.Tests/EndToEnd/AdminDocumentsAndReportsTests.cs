using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Curation.Tests.Support;

namespace ChatBot.Curation.Tests.EndToEnd;

public sealed class AdminDocumentsAndReportsTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private BotHarness _bot = null!;
    private long _user;

    public async Task InitializeAsync()
    {
        _bot = await CuratorBot.StartAsync();
        _user = _bot.Fake.CreateUser().Id;
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Export_sends_the_store_as_json_and_an_edited_copy_imports_as_new_versions()
    {
        var exported = await _bot.AskAsync(Admin, "/export");

        Assert.Equal("document", exported.Media?.Kind);
        Assert.Contains("34 facts", exported.Caption, StringComparison.Ordinal);
        var json = JsonNode.Parse(Encoding.UTF8.GetString(_bot.Fake.GetFileContent(exported.Media!.File.FileId)!))!;
        var fact = json["facts"]!.AsArray().Single(f => (string?)f!["id"] == "trump-took-office")!;
        fact["answer"] = "Imported: Trump took office in January.";

        var document = await _bot.SendDocumentAsync(Admin, "store.json", json.ToJsonString(), "application/json");
        var imported = await _bot.AskAsync(Admin, "/import", replyTo: document);

        Assert.Contains("Import done: 0 sources added, 0 facts added, 1 updated, 33 unchanged", imported.Text, StringComparison.Ordinal);
        Assert.Contains("Updated: trump-took-office", imported.Text, StringComparison.Ordinal);
        Assert.Contains("Imported: Trump took office in January.", (await _bot.AskAsync(_user, "When did Donald Trump take office?")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_without_a_document_or_with_a_broken_one_names_the_problem()
    {
        var missing = await _bot.AskAsync(Admin, "/import");
        var document = await _bot.SendDocumentAsync(Admin, "store.json", "{ not json", "application/json");
        var broken = await _bot.AskAsync(Admin, "/import", replyTo: document);

        Assert.Contains("document: missing", missing.Text, StringComparison.Ordinal);
        Assert.Contains("document: is not valid JSON", broken.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_txt_document_with_the_header_lines_as_caption_adds_a_source()
    {
        var caption = Samples.GenevaSource[..Samples.GenevaSource.IndexOf("Text:", StringComparison.Ordinal)];
        var document = await _bot.SendDocumentAsync(Admin, "geneva.txt", Samples.GenevaText, "text/plain", caption);

        var added = await _bot.AskAsync(Admin, "/addsource", replyTo: document);

        Assert.Contains("Source added: example-news-geneva-talks-revise-usa", added.Text, StringComparison.Ordinal);
        Assert.Contains("Geneva talks revise the US peace plan", (await _bot.AskAsync(_user, "/sources")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unanswered_questions_come_with_buttons_and_attaching_one_makes_it_answered()
    {
        // Answered, but below the report's confidence: the one kind of question offered for a one-tap attach.
        const string question = "why does ukriane call russias demands surender";
        await _bot.AskAsync(_user, question);
        await _bot.AskAsync(_user, question);

        var report = await _bot.AskAsync(Admin, "/unanswered");
        Assert.Contains($"“{question}” — asked 2×", report.Text, StringComparison.Ordinal);
        Assert.Contains(report.Buttons, b => b.Text == "#1 dismiss");

        var seen = _bot.Fake.SentMessageCount(Admin);
        _bot.Fake.PressButton(Admin, report, "#1 → moscow-rejects-ceasefire");
        var attached = (await _bot.Fake.WaitForMessagesAsync(Admin, seen + 1, BotHarness.Patience))[seen];

        Assert.Contains("Fact moscow-rejects-ceasefire has a new alternate question (v2)", attached.Text, StringComparison.Ordinal);
        Assert.Contains("effective surrender", (await _bot.AskAsync(_user, question)).Text, StringComparison.Ordinal);
        Assert.Contains("No unanswered", (await _bot.AskAsync(Admin, "/unanswered")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_admin_pressing_an_unanswered_button_changes_nothing()
    {
        await _bot.AskAsync(_user, "why does ukriane call russias demands surender");
        var report = await _bot.AskAsync(Admin, "/unanswered");

        var press = _bot.Fake.PressButton(_user, report, "#1 → moscow-rejects-ceasefire");
        await _bot.Fake.WaitForAsync(() => _bot.Fake.IsQueryAnswered(press.QueryId), BotHarness.Patience, "the press to be answered");

        Assert.Contains("asked 1×", (await _bot.AskAsync(Admin, "/unanswered")).Text, StringComparison.Ordinal);
        Assert.Contains("moscow-rejects-ceasefire v1 —", (await _bot.AskAsync(Admin, "/facts moscow dismissed")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_other_commands_reply_naming_the_fact()
    {
        Assert.Contains("Fact kellogg-stance retired (v2, retired)", (await _bot.AskAsync(Admin, "/delfact kellogg-stance")).Text, StringComparison.Ordinal);
        Assert.Contains("Fact kellogg-stance restored (v3)", (await _bot.AskAsync(Admin, "/restorefact kellogg-stance")).Text, StringComparison.Ordinal);
        Assert.Contains("v2 retire by tg:4242 Admin", (await _bot.AskAsync(Admin, "/history kellogg-stance")).Text, StringComparison.Ordinal);
        Assert.Contains("Fact kellogg-stance has a new alternate question (v4)", (await _bot.AskAsync(Admin, "/alias kellogg-stance Is Kellogg pro-Ukraine?")).Text, StringComparison.Ordinal);
        Assert.Contains("slain", (await _bot.AskAsync(Admin, "/synonym slain killed")).Text, StringComparison.Ordinal);
        Assert.Contains("Removed from their synonym groups", (await _bot.AskAsync(Admin, "/synonym remove slain")).Text, StringComparison.Ordinal);
        Assert.Contains("kellogg-stance v4", (await _bot.AskAsync(Admin, "/facts kellogg")).Text, StringComparison.Ordinal);
        Assert.Contains("Questions asked:", (await _bot.AskAsync(Admin, "/stats")).Text, StringComparison.Ordinal);
        Assert.Contains("id: there is no fact 'nope'", (await _bot.AskAsync(Admin, "/delfact nope")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_txt_document_captioned_with_addsource_and_its_headers_adds_the_source()
    {
        var caption = "/addsource\n" + Samples.GenevaSource[..Samples.GenevaSource.IndexOf("Text:", StringComparison.Ordinal)];
        var seen = _bot.Fake.SentMessageCount(Admin);

        _bot.Fake.EnqueueDocument(Admin, Admin, "geneva.txt", System.Text.Encoding.UTF8.GetBytes(Samples.GenevaText), "text/plain", caption);
        var reply = (await _bot.Fake.WaitForMessagesAsync(Admin, seen + 1, BotHarness.Patience))[seen];

        Assert.Contains("Source added: example-news-geneva-talks-revise-usa", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Geneva talks revise the US peace plan", (await _bot.AskAsync(_user, "/sources")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_admins_admin_command_is_logged_and_answered_like_an_unknown_one()
    {
        var refused = await _bot.AskAsync(_user, "/delfact ternopil-strike");
        var unknown = await _bot.AskAsync(_user, "/nosuchcommand");

        Assert.Equal(unknown.Text, refused.Text);
        Assert.Contains("Refused admin command /delfact", _bot.Logs.All, StringComparison.Ordinal);
        Assert.Contains("26", (await _bot.AskAsync(_user, "ternopil death toll?")).Text, StringComparison.Ordinal);
    }
}
