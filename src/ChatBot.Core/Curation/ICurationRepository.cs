using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation;

/// <summary>
/// Write side used by the curation commands. Every write is one transaction covering the fact row, its quotes, its
/// version row, the audit row and the revision counter (a new revision makes the matcher rebuild its in-memory index);
/// the actor is taken from the fact's UpdatedBy or the <see cref="Actor"/> argument.
/// </summary>
public interface ICurationRepository
{
    /// <summary>A source by id, or else by URL (ignoring a trailing slash).</summary>
    Task<Source?> FindSourceAsync(string idOrUrl, CancellationToken cancellationToken = default);

    /// <summary>Facts in creation order, retired ones included.</summary>
    Task<IReadOnlyList<Fact>> GetAllFactsAsync(CancellationToken cancellationToken = default);

    Task<Fact?> GetFactAsync(string id, CancellationToken cancellationToken = default);

    Task<bool> FactIdExistsAsync(string id, CancellationToken cancellationToken = default);

    Task<bool> SourceIdExistsAsync(string id, CancellationToken cancellationToken = default);

    /// <returns>Conflict when the id or the URL is already taken.</returns>
    Task<WriteOutcome> AddSourceAsync(Source source, Actor actor, CancellationToken cancellationToken = default);

    /// <returns>Conflict when the id is already taken.</returns>
    Task<WriteOutcome> AddFactAsync(Fact fact, string action, CancellationToken cancellationToken = default);

    /// <summary>Writes <paramref name="update"/> and, in the same transaction, records <paramref name="resolution"/>.</summary>
    /// <returns>Stale (with the stored version) when the fact is no longer at the expected version.</returns>
    Task<WriteOutcome> UpdateFactAsync(FactUpdate update, string action, QuestionResolution? resolution = null,
        CancellationToken cancellationToken = default);

    /// <summary>Versions newest first.</summary>
    Task<IReadOnlyList<FactVersionInfo>> GetHistoryAsync(string id, CancellationToken cancellationToken = default);

    Task<WriteOutcome> AddSynonymGroupAsync(IReadOnlyList<string> words, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>Takes the words out of every synonym group; returns how many groups changed.</summary>
    Task<int> RemoveSynonymWordsAsync(IReadOnlyList<string> words, Actor actor, CancellationToken cancellationToken = default);

    Task<StoreSnapshot> SnapshotAsync(CancellationToken cancellationToken = default);

    /// <returns>Stale or Conflict (Detail names the fact or source) when the store changed since the plan was made.</returns>
    Task<WriteOutcome> ImportAsync(ImportPlan plan, Actor actor, CancellationToken cancellationToken = default);

    Task<IReadOnlySet<string>> GetResolvedQuestionKeysAsync(CancellationToken cancellationToken = default);

    Task ResolveQuestionAsync(QuestionResolution resolution, Actor actor, CancellationToken cancellationToken = default);
}
