namespace ChatBot.Core.Facts;

/// <summary>Read side of the curated store; implemented by a storage backend.</summary>
public interface IFactStore
{
    Task<Fact?> GetFactAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Fact>> GetActiveFactsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every active fact in store order, one at a time: indexing a large store must not hold it all.</summary>
    IAsyncEnumerable<Fact> StreamActiveFactsAsync(CancellationToken cancellationToken = default);

    Task<Source?> GetSourceAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Source>> GetSourcesAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<IReadOnlyList<string>>> GetSynonymGroupsAsync(CancellationToken cancellationToken = default);

    /// <summary>A number that grows with every change to facts or synonyms, so caches know when to rebuild.</summary>
    Task<long> GetRevisionAsync(CancellationToken cancellationToken = default);
}
