using ChatBot.Curation.Tests.Support;

namespace ChatBot.Curation.Tests.EndToEnd;

/// <summary>
/// A question no fact answers but a stored source sentence states: the asker gets the sentence, marked as the source's
/// words, and a curator makes it a fact in one tap from /unanswered.
/// </summary>
public sealed class PassageFallbackTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private const string Question = "What is the spirit of Anchorage?";
    private BotHarness _bot = null!;
    private long _user;

    public async Task InitializeAsync()
    {
        _bot = await CuratorBot.StartAsync();
        _user = _bot.Fake.CreateUser().Id;
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_question_only_a_source_sentence_states_gets_that_sentence_marked_as_unverified()
    {
        var reply = await _bot.AskAsync(_user, Question);

        Assert.StartsWith("I don't have a verified fact on that, but the source says:", reply.Text, StringComparison.Ordinal);
        var quote = Assert.Single(reply.Entities, e => e.Type == "blockquote");
        Assert.Contains("the spirit of Anchorage", reply.Text!.Substring(quote.Offset, quote.Length), StringComparison.Ordinal);
        Assert.Contains("not checked by a curator", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Buttons, b => b.Text.Contains("👍", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_curator_makes_the_quoted_sentence_a_fact_in_one_tap_and_the_question_is_then_answered()
    {
        await _bot.AskAsync(_user, Question);
        var report = await _bot.AskAsync(Admin, "/unanswered");
        Assert.Contains("the bot quoted", report.Text, StringComparison.Ordinal);

        var seen = _bot.Fake.SentMessageCount(Admin);
        _bot.Fake.PressButton(Admin, report, "#1 make this a fact");
        var made = (await _bot.Fake.WaitForMessagesAsync(Admin, seen + 1, BotHarness.Patience))[seen];

        Assert.Contains("was made from the source's sentence", made.Text, StringComparison.Ordinal);
        var answer = await _bot.AskAsync(_user, Question);
        Assert.DoesNotContain("verified fact", answer.Text, StringComparison.Ordinal);
        Assert.Contains("spirit of Anchorage", answer.Text, StringComparison.Ordinal);
        Assert.Contains("No unanswered", (await _bot.AskAsync(Admin, "/unanswered")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retracted_facts_sentence_is_not_quoted_from_the_source_instead()
    {
        const string Asked = "who leads the delegation?";
        const string Sentence = "Heading the delegation is US Army Secretary Dan Driscoll";
        Assert.Contains(Sentence, (await _bot.AskAsync(_user, Asked)).Text, StringComparison.Ordinal);

        Assert.Contains("delegation-head", (await _bot.AskAsync(Admin, "/delfact delegation-head")).Text, StringComparison.Ordinal);
        var reply = await _bot.AskAsync(_user, Asked);

        Assert.DoesNotContain(Sentence, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pressing_make_this_a_fact_twice_adds_one_fact()
    {
        await _bot.AskAsync(_user, Question);
        var report = await _bot.AskAsync(Admin, "/unanswered");
        var facts = (await _bot.AskAsync(Admin, "/facts")).Text;

        var seen = _bot.Fake.SentMessageCount(Admin);
        _bot.Fake.PressButton(Admin, report, "#1 make this a fact");
        _bot.Fake.PressButton(Admin, report, "#1 make this a fact");
        var replies = await _bot.Fake.WaitForMessagesAsync(Admin, seen + 2, BotHarness.Patience);

        Assert.Single(replies.Skip(seen), r => r.Text!.Contains("was made from the source's sentence", StringComparison.Ordinal));
        Assert.Contains(replies.Skip(seen), r => r.Text!.Contains("no longer in the report", StringComparison.Ordinal));
        Assert.NotEqual(facts, (await _bot.AskAsync(Admin, "/facts")).Text);
    }
}
