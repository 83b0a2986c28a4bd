using ChatBot.Core.Curation.Parsing;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation;

/// <summary>/delfact, /restorefact, /history and /alias: every change a new version, every version kept.</summary>
public sealed class FactLifecycle(ICurationRepository repository, FactRules rules, TimeProvider time)
{
    /// <summary>Retires the fact: users stop getting it as an answer; /restorefact brings it back.</summary>
    public async Task<CurationResult<Fact>> RetireAsync(string arguments, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (current, args, errors) = await LoadAsync(arguments, CommandUsage.DelFact, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return CurationResult.Fail<Fact>(errors);
        }
        var seen = args!.Version ?? current.Version;
        if (seen != current.Version)
        {
            return CurationResult.Fail<Fact>(FactSaver.Stale(current.Id, current.Version, seen));
        }
        if (current.Status == FactStatus.Retired)
        {
            return CurationResult.Fail<Fact>(FieldNames.Id, new FieldProblem.AlreadyRetired(current.Id));
        }
        var next = FactSaver.Next(current with { Status = FactStatus.Retired }, seen, actor, time.GetUtcNow());
        return await FactSaver.SaveAsync(repository, new FactUpdate(next, seen), "retire", null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Makes the fact active again, with the content of version N when given (a revert), else as it is.</summary>
    public async Task<CurationResult<Fact>> RestoreAsync(string arguments, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (current, args, errors) = await LoadAsync(arguments, CommandUsage.RestoreFact, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return CurationResult.Fail<Fact>(errors);
        }
        var content = current;
        if (args!.Version is { } wanted && wanted != current.Version)
        {
            var history = await repository.GetHistoryAsync(current.Id, cancellationToken).ConfigureAwait(false);
            var old = history.FirstOrDefault(h => h.Version == wanted);
            if (old is null)
            {
                return CurationResult.Fail<Fact>("Version", new FieldProblem.NoSuchVersion(current.Id, wanted, current.Version));
            }
            content = old.Snapshot;
        }
        var restored = current with
        {
            Question = content.Question,
            Alternates = content.Alternates,
            Answer = content.Answer,
            Quotes = content.Quotes,
            Tags = content.Tags,
            Notify = content.Notify,
            Translations = content.Translations,
            Status = FactStatus.Active,
        };
        if (FactContent.Same(current, restored))
        {
            return CurationResult.Fail<Fact>(FieldNames.Id, new FieldProblem.AlreadyActive(current.Id, current.Version));
        }
        var check = new List<FieldError>();
        var drafts = restored.Quotes.Select(q => new QuoteDraft(q.Text, q.SourceId)).ToList();
        await rules.ResolveQuotesAsync(drafts, null, check, cancellationToken).ConfigureAwait(false);
        FactRules.CheckQuestions(restored.AllQuestions, current.Id, await repository.GetAllFactsAsync(cancellationToken).ConfigureAwait(false), check);
        if (check.Count > 0)
        {
            return CurationResult.Fail<Fact>(check);
        }
        var next = FactSaver.Next(restored, current.Version, actor, time.GetUtcNow());
        var action = args.Version is null ? "restore" : "revert to v" + args.Version.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await FactSaver.SaveAsync(repository, new FactUpdate(next, current.Version), action, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CurationResult<IReadOnlyList<FactVersionInfo>>> HistoryAsync(string arguments, CancellationToken cancellationToken = default)
    {
        var (current, _, errors) = await LoadAsync(arguments, CommandUsage.History, cancellationToken).ConfigureAwait(false);
        return current is null
            ? CurationResult.Fail<IReadOnlyList<FactVersionInfo>>(errors)
            : CurationResult.Ok(await repository.GetHistoryAsync(current.Id, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>/alias &lt;id&gt; [Q[xx]:] &lt;question&gt;: one more way of asking for the fact, in English or in language xx.</summary>
    public Task<CurationResult<Fact>> AliasAsync(string arguments, Actor actor, CancellationToken cancellationToken = default)
    {
        var parsed = AliasArguments.Parse(arguments);
        return parsed.Succeeded
            ? AttachAsync(parsed.Value!.Id, parsed.Value.Question, parsed.Value.Language, actor, null, cancellationToken)
            : Task.FromResult(CurationResult.Fail<Fact>(parsed.Errors));
    }

    /// <summary>Adds <paramref name="question"/> as an English alternate, recording <paramref name="resolution"/> in the same transaction.</summary>
    public Task<CurationResult<Fact>> AttachAsync(string id, string question, Actor actor, QuestionResolution? resolution,
        CancellationToken cancellationToken = default) =>
        AttachAsync(id, question, null, actor, resolution, cancellationToken);

    /// <summary>
    /// Adds <paramref name="question"/> to the fact, recording <paramref name="resolution"/> in the same transaction: as an
    /// English alternate when <paramref name="language"/> is null, else as a question of the fact's translation into it.
    /// </summary>
    public async Task<CurationResult<Fact>> AttachAsync(string id, string question, string? language, Actor actor,
        QuestionResolution? resolution, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(actor);
        var current = await repository.GetFactAsync(id, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return CurationResult.Fail<Fact>(FieldNames.Id, new FieldProblem.NoSuchFact(FieldReader.Shorten(id)));
        }
        // A report's button (it records a resolution) offered the fact while it answered; one retired since would take the
        // question off the report into a fact nobody is answered with. Checked on the version the write expects, so a
        // retirement committed in between fails the write as stale rather than slipping through.
        if (resolution is not null && current.Status != FactStatus.Active)
        {
            return CurationResult.Fail<Fact>(FieldNames.Id, new FieldProblem.AttachTargetRetired(current.Id));
        }
        var errors = new List<FieldError>();
        var changed = language is null ? WithAlternate(current, question, errors) : TranslatedQuestion.Add(current, language, question, errors);
        if (changed is not null)
        {
            FactRules.CheckQuestions([(language is null ? "Q" : $"Q[{language}]", question)], current.Id, await repository.GetAllFactsAsync(cancellationToken).ConfigureAwait(false), errors);
        }
        if (changed is null || errors.Count > 0)
        {
            return CurationResult.Fail<Fact>(errors);
        }
        var next = FactSaver.Next(changed, current.Version, actor, time.GetUtcNow());
        return await FactSaver.SaveAsync(repository, new FactUpdate(next, current.Version), "alias", resolution, cancellationToken).ConfigureAwait(false);
    }

    private static Fact? WithAlternate(Fact current, string question, List<FieldError> errors)
    {
        if (FieldValues.Check(FieldNames.Question, question, errors, null, multiLine: false) is not null)
        {
            FactValidator.Check(new FactFields([.. current.AllQuestions, question], null, null, null), (_, _) => FieldNames.Question, errors);
        }
        if (errors.Count > 0)
        {
            return null;
        }
        var key = QuestionKey.Of(question);
        if (current.AllQuestions.Concat(current.TranslatedQuestions).Any(q => QuestionKey.Of(q) == key))
        {
            errors.Add(new FieldError(FieldNames.Question, new FieldProblem.QuestionTaken(FieldReader.Shorten(question), current.Id)));
            return null;
        }
        return current with { Alternates = [.. current.Alternates, question] };
    }

    private async Task<(Fact? Fact, IdArguments? Args, IReadOnlyList<FieldError> Errors)> LoadAsync(string arguments, CommandUsage usage,
        CancellationToken cancellationToken)
    {
        var parsed = IdArguments.Parse(arguments, usage);
        if (!parsed.Succeeded)
        {
            return (null, null, parsed.Errors);
        }
        var fact = await repository.GetFactAsync(parsed.Value!.Id, cancellationToken).ConfigureAwait(false);
        return fact is null
            ? (null, null, [new FieldError(FieldNames.Id, new FieldProblem.NoSuchFact(FieldReader.Shorten(parsed.Value.Id)))])
            : (fact, parsed.Value, []);
    }
}
