using System.Text.RegularExpressions;
using ChatBot.Core.Curation.Transfer;
using ChatBot.Core.Facts;
using ChatBot.FakeTelegram;
using ChatBot.Telegram.Commands.Admin;
using ChatBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Languages;

/// <summary>
/// A curator whose Telegram is in Ukrainian or Russian gets every refusal of the curation commands in that language:
/// what is wrong with a field, an argument, an /import or /addsource document, a stale button; and /help's and
/// /history's admin lines. What they typed comes back in «quotes»; field names (Q:, Source:), JSON names, commands,
/// ids and language codes are syntax and stay as they are.
/// </summary>
public sealed partial class CuratorErrorLanguageTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;

    /// <summary>The words a curator types as they are: field names, JSON names and values, codes, units of syntax.</summary>
    private static readonly HashSet<string> Syntax = new(StringComparer.Ordinal)
    {
        "Q", "A", "Quote", "Source", "Tags", "Notify", "Version", "Text", "Title", "Outlet", "URL", "Published", "xx",
        "uk", "ru", "de", "fr", "es", "v", "UTC", "http", "s", "txt", "JSON", "UTF", "null", "yes", "no", "remove", "tg",
        "facts", "sources", "synonyms", "quotes", "answer", "questions", "source", "text", "translations", "active", "retired",
    };

    /// <summary>Ids and values the commands below carry, which the replies name without quotes.</summary>
    private static readonly string[] Typed =
        ["no-such-fact", "no-such-source", "Tagz", "zzqq", "onlyone", "slain", "killed", "Kellogg supports Ukraine.", "Bad Id", "application/pdf", StoreDocument.FormatName];

    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() =>
        _bot = await BotHarness.StartAsync(new() { AdminIds = [Admin], Services = s => s.AddCurationCommands() });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("uk")]
    [InlineData("ru")]
    public void An_admin_whose_telegram_is_in_ukrainian_or_russian_gets_the_admin_menu_in_that_language(string language)
    {
        var menu = Fake.GetMyCommands("chat", language, chatId: Admin);

        Assert.Equal(Fake.GetMyCommands("chat", chatId: Admin).Select(c => c.Command), menu.Select(c => c.Command));
        Assert.Contains(menu, c => c.Command == "addfact");
        // Commands and JSON are syntax; any other Latin word would be English left behind.
        Assert.All(menu, c => Assert.DoesNotMatch("[A-Za-z]{3,}", Regex.Replace(c.Description, @"/\w+( remove)?|\bJSON\b|\bURL\b", "")));
    }

    [Theory]
    [InlineData("uk", "Нічого не змінено.")]
    [InlineData("ru", "Ничего не изменено.")]
    public async Task A_ukrainian_or_russian_curator_gets_field_and_argument_errors_in_their_language(string language, string nothingChanged)
    {
        Fake.AddUser(new FakeUser(Admin, "Оксана", LanguageCode: language));
        var walk = new Walker(_bot, Admin);
        string[] commands =
        [
            "/addfact\nA: Something happened.",
            "/addfact\nQ: Who won the vote?\nA: Nobody did.\nSource: no-such-source\nQuote: Some words that are surely long enough to count.",
            "/addfact\nQ: Who leads the talks?\nA: Someone.\nSource: bbc-pentagon-kyiv\nQuote: These exact words never appear anywhere in that article.",
            "/addfact\nQ: Who won?\nQ: Who won?\nA: Nobody.\nSource: bbc-pentagon-kyiv\nQuote: too short\nNotify: maybe\nTagz: one",
            "/addfact\nhello there\nQ: " + new string('я', 400) + "\nQ[xx]: Хто?\nA[uk]: Відповідь.\nQuote: \u200B\nSource: bbc-pentagon-kyiv",
            "/editfact",
            "/editfact no-such-fact\nA: Nothing.",
            "/editfact delegation-head v1 extra words\nA: Nothing.",
            "/editfact delegation-head\nA[uk]:\nQ[uk]: -\nQ[uk]: Хто?",
            "/editfact delegation-head\nTags: a\nTags: b\nVersion: v9\nA[ru]: -",
            "/delfact",
            "/delfact delegation-head v2 extra",
            "/delfact delegation-head vx",
            "/restorefact delegation-head v99",
            "/restorefact delegation-head",
            "/history",
            "/alias",
            "/alias delegation-head",
            "/alias delegation-head A[uk]: Відповідь",
            "/alias delegation-head Q[es]: ¿Quién?",
            "/alias delegation-head Q[uk]: -",
            "/synonym onlyone",
            "/synonym remove",
            "/synonym remove zzqq",
            "/addsource\nTitle: Заголовок\nOutlet: Видання\nURL: ftp://example\nPublished: 2025-13-01",
            "/import",
        ];
        var refusals = new List<FakeMessage>();
        foreach (var command in commands)
        {
            refusals.Add(await walk.AskAsync(command));
        }

        // Buttons of a report that is out of date (its question dismissed from another copy) name their action in the curator's words.
        var asker = Fake.CreateUser(languageCode: language);
        await _bot.AskAsync(asker.Id, "скільки генералів приїхало");
        var reports = new List<FakeMessage>();
        for (var i = 0; i < 4; i++)
        {
            reports.Add(await walk.AskAsync("/unanswered"));
        }
        await walk.PressAsync(reports[0], Button(reports[0], "d:")!);
        foreach (var (report, action) in reports.Skip(1).Zip((string[])["d:", "a:", "m:"]))
        {
            if (Button(report, action) is { } data)
            {
                var seen = Fake.SentMessageCount(Admin);
                await walk.PressAsync(report, data);
                refusals.Add((await Fake.WaitForMessagesAsync(Admin, seen + 1, BotHarness.Patience))[seen]);
            }
        }

        // No one-tap attach is offered for a question the bot does not answer, so that button may be missing too.
        Assert.InRange(refusals.Count, commands.Length + 1, commands.Length + 3);
        Assert.All(refusals, r => Assert.StartsWith(nothingChanged, r.Text, StringComparison.Ordinal));
        var latin = await LatinShownAsync(walk, Fake.SentMessages(Admin));
        Assert.True(latin.Count == 0, string.Join(Environment.NewLine, latin));
    }

    [Theory]
    [InlineData("uk", "документ", "завеликий")]
    [InlineData("ru", "документ", "слишком большой")]
    public async Task A_ukrainian_or_russian_curator_gets_import_and_addsource_file_errors_in_their_language(string language, string document,
        string tooLarge)
    {
        Fake.AddUser(new FakeUser(Admin, "Оксана", LanguageCode: language));
        var walk = new Walker(_bot, Admin);
        string[] imports =
        [
            "not json",
            """{"format":"other","formatVersion":1}""",
            """
            {"format":"chatbot-store","formatVersion":1,
             "sources":[null,{"id":"Bad Id","title":"","outlet":"o","text":"x","url":"ftp://x","published":"2025-13-01"}],
             "facts":[null,{"id":"Bad Id","question":"Хто?","quotes":[null,{"source":"no-such-source","text":"Якісь слова, яких точно немає."}],
               "translations":{"es":null,"uk":null},"status":"gone","version":0}],
             "synonyms":[null,["a b"]]}
            """,
        ];
        var replies = new List<FakeMessage>();
        foreach (var json in imports)
        {
            await _bot.SendDocumentAsync(Admin, "store.json", json, "application/json", caption: "/import");
            replies.Add(Fake.SentMessages(Admin)[^1]);
        }
        await _bot.SendDocumentAsync(Admin, "source.pdf", "%PDF-1.4", "application/pdf", caption: "/addsource\nTitle: Заголовок\nOutlet: Видання");
        replies.Add(Fake.SentMessages(Admin)[^1]);
        await _bot.SendDocumentAsync(Admin, "source.txt", new string('я', 600_000), "text/plain", caption: "/addsource\nTitle: Заголовок\nOutlet: Видання");
        var large = Fake.SentMessages(Admin)[^1];
        replies.Add(large);

        Assert.Equal(5, replies.Count);
        Assert.Contains($"{document} {tooLarge}", large.Text, StringComparison.Ordinal);
        var latin = await LatinShownAsync(walk, replies);
        Assert.True(latin.Count == 0, string.Join(Environment.NewLine, latin));
    }

    [Theory]
    [InlineData("uk", "(для адміністраторів)", "початкове завантаження, автор папка даних")]
    [InlineData("ru", "(для администраторов)", "начальная загрузка, автор папка данных")]
    public async Task A_ukrainian_or_russian_curator_reads_the_admin_lines_of_help_and_the_history_in_their_language(string language, string adminOnly,
        string seeded)
    {
        Fake.AddUser(new FakeUser(Admin, "Оксана", LanguageCode: language));
        var walk = new Walker(_bot, Admin);

        var help = await walk.AskAsync("/help");
        await walk.AskAsync("/alias delegation-head Q[uk]: Хто очолює американську делегацію зараз?");
        var history = await walk.AskAsync("/history delegation-head");

        Assert.Contains("/editfact — ", help.Text, StringComparison.Ordinal);
        Assert.Contains("/import — ", help.Text, StringComparison.Ordinal);
        Assert.Contains(adminOnly, help.Text, StringComparison.Ordinal);
        Assert.Contains(seeded, history.Text, StringComparison.Ordinal);
        var latin = await LatinShownAsync(walk, [help, history]);
        Assert.True(latin.Count == 0, string.Join(Environment.NewLine, latin));
    }

    [Theory]
    [InlineData("uk")]
    [InlineData("ru")]
    public async Task A_ukrainian_or_russian_curator_reads_no_latin_word_in_what_the_curation_commands_answer(string language)
    {
        Fake.AddUser(new FakeUser(Admin, "Оксана", LanguageCode: language));
        var walk = new Walker(_bot, Admin);
        // Curated before the walk retires a fact: what it shows of that fact is curated too.
        var curated = await walk.ContentAsync();
        var asker = Fake.CreateUser(languageCode: language);
        await _bot.AskAsync(asker.Id, "скільки генералів приїхало");
        var answer = await _bot.AskAsync(asker.Id, "/fact ternopil-strike");
        await _bot.AskAsync(asker.Id, "/subscribe");
        var seen = Fake.SentMessageCount(asker.Id);
        Fake.PressButton(asker.Id, answer, answer.Buttons.First(b => b.Text.StartsWith("👎", StringComparison.Ordinal)).Text);
        await Fake.WaitForMessagesAsync(asker.Id, seen + 1, BotHarness.Patience);

        foreach (var command in (string[])["/facts", "/facts 2", "/facts ternopil", "/fact delegation-head", "/stats", "/unanswered", "/feedback",
            "/synonym slain killed", "/synonym remove slain", "/delfact kellogg-stance", "/restorefact kellogg-stance",
            "/restorefact kellogg-stance v1", "/alias delegation-head Q[uk]: Хто зараз очолює делегацію США?", "/history kellogg-stance",
            "/broadcast Переговори відновлять у понеділок.", "/alerts", "/export"])
        {
            await walk.AskAsync(command);
        }
        var edited = await walk.AskAsync("/editfact kellogg-stance\nA: Kellogg supports Ukraine.");
        await walk.PressAsync(edited, edited.Buttons.Last().CallbackData!);
        await walk.DrainAsync();

        var synonyms = (await _bot.Services.GetRequiredService<IFactStore>().GetSynonymGroupsAsync()).SelectMany(g => g);
        var latin = await LatinShownAsync(walk, Fake.SentMessages(Admin).Where(m => !m.IsDeleted), [.. curated, .. synonyms]);
        Assert.True(latin.Count == 0, string.Join(Environment.NewLine, latin));
    }

    private static string? Button(FakeMessage message, string action) =>
        message.Buttons.Select(b => b.CallbackData).FirstOrDefault(d => d?.StartsWith(UnansweredButtons.Prefix + action, StringComparison.Ordinal) == true);

    /// <summary>The Latin words of the messages that are neither curated, typed (in «quotes» or <see cref="Typed"/>) nor <see cref="Syntax"/>.</summary>
    private static async Task<List<string>> LatinShownAsync(Walker walk, IEnumerable<FakeMessage> messages, IEnumerable<string>? curated = null)
    {
        var content = (await walk.ContentAsync()).Concat(Typed).Concat(curated ?? []).Distinct(StringComparer.Ordinal).ToList();
        var found = new List<string>();
        foreach (var m in messages)
        {
            var text = Quoted().Replace(m.Text ?? m.Caption ?? "", " ");
            found.AddRange(LatinWords.InText(text, content).Where(w => !Syntax.Contains(w)).Select(w => $"'{w}' in: {m.Text}"));
            found.AddRange(m.Buttons.SelectMany(b => LatinWords.InText(b.Text, content).Where(w => !Syntax.Contains(w)).Select(w => $"'{w}' on button: {b.Text}")));
        }
        return found;
    }

    [GeneratedRegex("«[^»]*»")]
    private static partial Regex Quoted();
}
