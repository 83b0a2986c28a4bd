namespace ChatBot.Core.Languages;

/// <summary>The interface language a user chose with /language; no row means "automatic".</summary>
public interface IUserLanguages
{
    /// <summary>The stored choice ("uk", "ru", "en", "de", "fr"), or null when the user never chose or reset it.</summary>
    Task<string?> GetAsync(long userId, CancellationToken cancellationToken = default);

    /// <summary>Stores the choice; null deletes it (back to automatic). Joins a command's receipt like every write.</summary>
    Task SetAsync(long userId, string? language, DateTimeOffset at, CancellationToken cancellationToken = default);
}
