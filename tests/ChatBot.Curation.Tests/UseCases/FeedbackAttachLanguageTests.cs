using ChatBot.Core.Feedback;
using ChatBot.Curation.Tests.Support;
using ChatBot.Storage.Feedback;

namespace ChatBot.Curation.Tests.UseCases;

/// <summary>/feedback's "attach → other fact" adds a down-voted question in the language it was read in, as /unanswered does.</summary>
public sealed class FeedbackAttachLanguageTests : IDisposable
{
    private const string Ukrainian = "скільки генералів приїхало";
    private readonly CurationStore _store = new();
    private readonly FeedbackReport _report;

    public FeedbackAttachLanguageTests() =>
        _report = new FeedbackReport(new SqliteAnswerVotes(_store.Database), _store.Repository, _store.Answerer, _store.Lifecycle);

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData("uk")]
    [InlineData(null)]
    public async Task A_ukrainian_question_becomes_a_ukrainian_question_of_the_fact_whether_or_not_the_log_kept_its_language(string? logged)
    {
        var result = await _report.AttachAsync(Ukrainian, logged, "delegation-members", CurationStore.Alice);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal("uk", result.Value!.Language);
        var fact = (await _store.Store.GetFactAsync("delegation-members"))!;
        Assert.Equal(Ukrainian, fact.Translations.Single(t => t.Language == "uk").Questions[^1]);
        Assert.DoesNotContain(Ukrainian, fact.Alternates);
    }

    [Fact]
    public async Task An_english_question_stays_an_english_alternate()
    {
        var result = await _report.AttachAsync("who went along with the army secretary", "en", "delegation-members", CurationStore.Alice);

        Assert.Null(result.Value!.Language);
        Assert.Contains("who went along with the army secretary", (await _store.Store.GetFactAsync("delegation-members"))!.Alternates);
    }
}
