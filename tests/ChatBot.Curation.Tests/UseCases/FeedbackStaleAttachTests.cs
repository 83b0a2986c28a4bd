using ChatBot.Core.Curation;
using ChatBot.Core.Feedback;
using ChatBot.Curation.Tests.Support;
using ChatBot.Storage.Feedback;

namespace ChatBot.Curation.Tests.UseCases;

/// <summary>/feedback's "attach → other fact", pressed on a report sent earlier, re-checks the fact and the question first.</summary>
public sealed class FeedbackStaleAttachTests : IDisposable
{
    private const string Question = "who went along with the army secretary";
    private readonly CurationStore _store = new();
    private readonly FeedbackReport _report;

    public FeedbackStaleAttachTests() =>
        _report = new FeedbackReport(new SqliteAnswerVotes(_store.Database), _store.Repository, _store.Answerer, _store.Lifecycle);

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Attaching_to_a_fact_retired_since_the_report_is_refused_by_name_and_changes_nothing()
    {
        await _store.Lifecycle.RetireAsync("delegation-members", CurationStore.Bob);
        var version = (await _store.Store.GetFactAsync("delegation-members"))!.Version;

        var result = await _report.AttachAsync(Question, "en", "delegation-members", CurationStore.Alice);

        Assert.Equal(new FieldProblem.AttachTargetRetired("delegation-members"), Assert.Single(result.Errors).Problem);
        var fact = (await _store.Store.GetFactAsync("delegation-members"))!;
        Assert.Equal(version, fact.Version);
        Assert.DoesNotContain(Question, fact.Alternates);
    }

    [Fact]
    public async Task Attaching_a_question_already_attached_since_the_report_is_refused_as_no_longer_in_the_report()
    {
        Assert.True((await _report.AttachAsync(Question, "en", "delegation-members", CurationStore.Alice)).Succeeded);
        var version = (await _store.Store.GetFactAsync("delegation-head"))!.Version;

        var again = await _report.AttachAsync(Question, "en", "delegation-head", CurationStore.Bob);

        Assert.IsType<FieldProblem.NoLongerInReport>(Assert.Single(again.Errors).Problem);
        Assert.Equal(version, (await _store.Store.GetFactAsync("delegation-head"))!.Version);
    }
}
