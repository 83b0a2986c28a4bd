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
            _ => CurationResult.Fail<Fact>(FieldNames.Id, new FieldProblem.NoSuchFact(update.Fact.Id, SeeFacts: false)),
        };
    }

    public static IReadOnlyList<FieldError> Stale(string id, int current, int seen) =>
    [
        new FieldError("Version", new FieldProblem.Stale(id, current, seen)),
    ];

    /// <summary>The fact as its next version, stamped with who and when.</summary>
    public static Fact Next(Fact fact, int fromVersion, Actor actor, DateTimeOffset now) =>
        fact with { Version = fromVersion + 1, UpdatedBy = actor.Label, UpdatedAt = now };
}
