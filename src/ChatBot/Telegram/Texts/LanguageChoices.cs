using System.Collections.Concurrent;
using ChatBot.Core.Languages;
using Telegram.Bot.Types;

namespace ChatBot.Telegram.Texts;

/// <summary>
/// Users' /language choices, read on every update. Cached in memory because every question, command and button press
/// needs it and only this process's /language and /forgetme change it; they call <see cref="Forget"/> once their change
/// is committed, so the next read sees it.
/// </summary>
public sealed class LanguageChoices(IUserLanguages store, TimeProvider time)
{
    // Bounded: a busy bot must not grow this without limit; clearing costs one read per user afterwards.
    private const int MaxUsers = 50_000;

    // "" stands for "no choice", so a user who never chose is not read again on every update.
    private readonly ConcurrentDictionary<long, string> _chosen = new();

    public async ValueTask<UserLanguage> ForAsync(User? user, CancellationToken cancellationToken)
    {
        if (user is null)
        {
            return UserLanguage.Automatic;
        }
        return new UserLanguage(await ChosenAsync(user.Id, cancellationToken).ConfigureAwait(false), user.LanguageCode);
    }

    public async ValueTask<string?> ChosenAsync(long userId, CancellationToken cancellationToken)
    {
        if (!_chosen.TryGetValue(userId, out var chosen))
        {
            chosen = await store.GetAsync(userId, cancellationToken).ConfigureAwait(false) ?? "";
            if (_chosen.Count >= MaxUsers)
            {
                _chosen.Clear();
            }
            _chosen[userId] = chosen;
        }
        return chosen.Length == 0 ? null : chosen;
    }

    /// <summary>Stores the choice (null: automatic); inside a command it commits with the command's reply.</summary>
    public Task SetAsync(long userId, string? language, CancellationToken cancellationToken) =>
        store.SetAsync(userId, language, time.GetUtcNow(), cancellationToken);

    /// <summary>Drops the cached choice after a change is committed.</summary>
    public void Forget(long userId) => _chosen.TryRemove(userId, out _);
}
