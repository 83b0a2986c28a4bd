namespace ChatBot.Core.Changes;

/// <summary>The store's fact versions, newest first.</summary>
public interface IFactVersionFeed
{
    Task<IReadOnlyList<FactVersionPair>> GetNewestAsync(int limit, CancellationToken cancellationToken = default);
}
