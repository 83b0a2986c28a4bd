namespace ChatBot.Core.Facts;

/// <summary>Read side of the curated store; implemented by a storage backend.</summary>
public interface IFactStore
{
    Task<Fact?> GetFactAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The fact's id, question and status alone: suggestions read many facts and show only this.</summary>
    Task<FactHeadline?> GetHeadlineAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Fact>> GetActiveFactsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every active fact in store order, one at a time: indexing a large store must not hold it all.</summary>
    IAsyncEnumerable<Fact> StreamActiveFactsAsync(CancellationToken cancellationToken = default);

    Task<Source?> GetSourceAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Source>> GetSourcesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Every source with its text, newest published first, one at a time: a large store's texts are never all in memory.
    /// </summary>
    IAsyncEnumerable<Source> StreamSourcesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The quotes of retracted facts that no active fact quotes as well: a source sentence holding one is not offered as
    /// "the source says" once a curator has retracted what it states.
    /// </summary>
    Task<IReadOnlyList<Quote>> GetRetractedQuotesAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<IReadOnlyList<string>>> GetSynonymGroupsAsync(CancellationToken cancellationToken = default);

    /// <summary>A number that grows with every change to facts or synonyms, so caches know when to rebuild.</summary>
    Task<long> GetRevisionAsync(CancellationToken cancellationToken = default);
}
