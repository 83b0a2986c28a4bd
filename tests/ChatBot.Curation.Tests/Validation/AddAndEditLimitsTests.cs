using ChatBot.Core.Curation;
using ChatBot.Core.Curation.Parsing;
using ChatBot.Curation.Tests.Support;

namespace ChatBot.Curation.Tests.Validation;

/// <summary>/addfact, /editfact and /alias hold content to the shared limits and say what to fix.</summary>
public sealed class AddAndEditLimitsTests : IDisposable
{
    private const string Quote = "Heading the delegation is US Army Secretary Dan Driscoll";
    private const string ZeroWidth = "\u200B\u2060\uFEFF";

    private readonly CurationStore _store = new();

    public void Dispose() => _store.Dispose();

    private static string Body(string q = "Who heads the Pentagon team in Kyiv?", string a = "Dan Driscoll.", string quote = Quote, string tags = "delegation") =>
        $"Q: {q}\nA: {a}\nQuote: {quote}\nSource: bbc-pentagon-kyiv\nTags: {tags}";

    private async Task<FieldError> RefusedAsync(string body, string field)
    {
        var revision = await _store.Store.GetRevisionAsync();
        var result = await _store.Facts.AddAsync(body, CurationStore.Alice);
        Assert.False(result.Succeeded);
        Assert.Equal(revision, await _store.Store.GetRevisionAsync());
        return Assert.Single(result.Errors, e => e.Field == field);
    }

    [Fact]
    public async Task A_question_of_only_a_zero_width_space_is_refused_as_showing_nothing()
    {
        var error = await RefusedAsync(Body(q: ZeroWidth), "Q #1");

        Assert.StartsWith("shows nothing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invisible_answer_is_refused()
    {
        var error = await RefusedAsync(Body(a: "\u200B \u200D"), "A");

        Assert.Contains("invisible characters", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("signed")]
    [InlineData("Dan Driscoll")]
    [InlineData("US Army Secretary")]
    public async Task A_quote_that_is_not_a_passage_is_refused_even_when_verbatim(string quote)
    {
        var error = await RefusedAsync(Body(quote: quote), "Quote #1");

        Assert.Contains($"at least {FieldLimits.QuoteMinWords} words and {FieldLimits.QuoteMinLength} characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_quote_padded_with_zero_width_spaces_is_still_too_short()
    {
        await RefusedAsync(Body(quote: "Dan" + string.Concat(Enumerable.Repeat(ZeroWidth, 10)) + " Driscoll"), "Quote #1");
    }

    [Fact]
    public async Task Five_thousand_question_lines_are_refused_with_the_limit()
    {
        var questions = string.Join('\n', Enumerable.Range(0, 5000).Select(i => $"Q: Who heads Pentagon team number {i}?"));

        var error = await RefusedAsync(questions + "\n" + Body(), "Q");

        Assert.StartsWith($"5001 questions (the question and its alternates); at most {FieldLimits.Questions}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_tags_and_too_many_quotes_are_refused()
    {
        var tags = string.Join(", ", Enumerable.Range(0, 13).Select(i => $"tag{i}"));
        var quotes = string.Join('\n', Enumerable.Range(0, 6).Select(_ => "Quote: " + Quote));

        var result = await _store.Facts.AddAsync(Body(tags: tags) + "\n" + quotes, CurationStore.Alice);

        Assert.Contains(result.Errors, e => e.Field == "Tags" && e.Message.StartsWith("13 tags; at most 12", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Field == "Quote" && e.Message.StartsWith("7 quotes; at most 5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_edit_to_an_invisible_answer_or_a_one_word_quote_changes_nothing()
    {
        var answer = await _store.Facts.EditAsync("delegation-head", "A: \u2060", CurationStore.Alice);
        var quote = await _store.Facts.EditAsync("delegation-head", "Quote: Driscoll", CurationStore.Alice);

        Assert.Equal("A", Assert.Single(answer.Errors).Field);
        Assert.Equal("Quote #1", Assert.Single(quote.Errors).Field);
        Assert.Equal(1, (await _store.Store.GetFactAsync("delegation-head"))!.Version);
    }

    [Fact]
    public async Task An_alias_beyond_the_question_limit_is_refused()
    {
        var fact = (await _store.Store.GetFactAsync("delegation-head"))!;
        for (var i = fact.Alternates.Count + 1; i < FieldLimits.Questions; i++)
        {
            Assert.True((await _store.Lifecycle.AliasAsync($"delegation-head who is delegation leader {i}", CurationStore.Alice)).Succeeded);
        }

        var result = await _store.Lifecycle.AliasAsync("delegation-head who is delegation leader number last", CurationStore.Alice);

        Assert.Contains($"at most {FieldLimits.Questions}", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(FieldLimits.Questions, (await _store.Store.GetFactAsync("delegation-head"))!.AllQuestions.Count());
    }

    [Fact]
    public async Task A_long_unverified_quote_of_emoji_is_echoed_without_a_broken_character()
    {
        var quote = "So we met in Kyiv" + string.Concat(Enumerable.Repeat(" \U0001F1FA\U0001F1E6", 150));

        var error = await RefusedAsync(Body(quote: quote), "Quote");

        Assert.Contains("is not verbatim", error.Message, StringComparison.Ordinal);
        Assert.Equal(error.Message, System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(error.Message)));
    }
}
