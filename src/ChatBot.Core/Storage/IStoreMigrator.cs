namespace ChatBot.Core.Storage;

/// <summary>
/// Creates or upgrades the store's schema before anything reads or writes it. One implementation per storage provider;
/// safe to run from several processes starting together (each provider serialises them its own way).
/// </summary>
public interface IStoreMigrator
{
    Task MigrateAsync(CancellationToken cancellationToken = default);
}
