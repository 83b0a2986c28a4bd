namespace ChatBot.Core.Facts;

/// <summary>
/// Write side of the store. Every method is one transaction covering the fact, its quotes, its version row, the audit
/// row and the revision counter (a new revision makes the matcher rebuild its in-memory index), so readers never see
/// half a change.
/// </summary>
public interface ICurationStore
{
    Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default);

    /// <summary>Loads the seed into an empty store; does nothing when the store already has facts.</summary>
    Task<bool> SeedAsync(SeedData seed, CancellationToken cancellationToken = default);
}
