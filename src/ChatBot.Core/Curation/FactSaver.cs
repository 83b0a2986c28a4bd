using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation;

/// <summary>Writes a fact's next version; a fact changed by someone else in the meantime is refused, never overwritten.</summary>
internal static class FactSaver
{
    public static async Task<CurationResult<Fact>> SaveAsync(ICurationRepository repository, FactUpdate update, string action,
        QuestionResolution? resolution, CancellationToken cancellationToken)
    {
        var outcome = await repository.UpdateFactAsync(update, action, resolution, cancellationToken).ConfigureAwait(false);
        return outcome.Status switch
        {
            WriteStatus.Saved => CurationResult.Ok(update.Fact),
            WriteStatus.Stale => CurationResult.Fail<Fact>(Stale(update.Fact.Id, outcome.CurrentVersion, update.ExpectedVersion)),
            _ => CurationResult.Fail<Fact>("id", $"there is no fact '{update.Fact.Id}'"),
        };
    }

    public static IReadOnlyList<FieldError> Stale(string id, int current, int seen) =>
    [
        new FieldError("Version",
            $"fact '{id}' is now at v{current} but your change is based on v{seen}: someone changed it in the meantime. " +
            $"Nothing was changed; check /history {id} and send your change again against v{current}."),
    ];

    /// <summary>The fact as its next version, stamped with who and when.</summary>
    public static Fact Next(Fact fact, int fromVersion, Actor actor, DateTimeOffset now) =>
        fact with { Version = fromVersion + 1, UpdatedBy = actor.Label, UpdatedAt = now };
}
