using ChatBot.Core.Curation.Parsing;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation;

/// <summary>/addfact and /editfact: checked, cited facts; an edit is a new version based on the one the admin saw.</summary>
public sealed class FactCuration(ICurationRepository repository, FactRules rules, TimeProvider time)
{
    public async Task<CurationResult<Fact>> AddAsync(string body, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var parsed = FactMessageParser.ParseNew(body);
        if (!parsed.Succeeded)
        {
            return CurationResult.Fail<Fact>(parsed.Errors);
        }
        var draft = parsed.Value!;
        var errors = new List<FieldError>();
        var quotes = await rules.ResolveQuotesAsync(draft.Quotes, null, errors, cancellationToken).ConfigureAwait(false);
        var facts = await repository.GetAllFactsAsync(cancellationToken).ConfigureAwait(false);
        FactRules.CheckQuestions(draft.Questions.Select(q => ("Q", q))
            .Concat(draft.Translations.SelectMany(t => t.Questions.Select(q => ($"Q[{t.Language}]", q)))), null, facts, errors);
        if (errors.Count > 0)
        {
            return CurationResult.Fail<Fact>(errors);
        }
        var ids = facts.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var id = Slug.Unique(draft.Questions[0], ids.Contains);
        var now = time.GetUtcNow();
        var fact = new Fact(id, draft.Questions[0], draft.Questions.Skip(1).ToList(), draft.Answer, quotes, draft.Tags,
            DateOnly.FromDateTime(now.UtcDateTime), FactStatus.Active, 1, actor.Label, now, actor.Label, now, draft.Notify)
        {
            Translations = draft.Translations,
        };
        var outcome = await repository.AddFactAsync(fact, "add", cancellationToken).ConfigureAwait(false);
        return outcome.Status == WriteStatus.Saved
            ? CurationResult.Ok(fact)
            : CurationResult.Fail<Fact>(FieldNames.Id, new FieldProblem.IdTaken(id));
    }

    public async Task<CurationResult<Fact>> EditAsync(string arguments, string body, Actor actor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var parsed = FactMessageParser.ParseEdit(arguments, body);
        if (!parsed.Succeeded)
        {
            return CurationResult.Fail<Fact>(parsed.Errors);
        }
        var edit = parsed.Value!;
        var current = await repository.GetFactAsync(edit.Id, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return CurationResult.Fail<Fact>(FieldNames.Id, new FieldProblem.NoSuchFact(FieldReader.Shorten(edit.Id)));
        }
        var baseVersion = edit.BaseVersion ?? current.Version;
        if (baseVersion != current.Version)
        {
            return CurationResult.Fail<Fact>(FactSaver.Stale(current.Id, current.Version, baseVersion));
        }
        var errors = new List<FieldError>();
        var quotes = current.Quotes;
        var currentSource = current.Quotes.Count > 0 ? current.Quotes[0].SourceId : null;
        if (edit.Quotes is not null)
        {
            quotes = await rules.ResolveQuotesAsync(edit.Quotes, currentSource, errors, cancellationToken).ConfigureAwait(false);
        }
        else if (edit.SourceRef is not null)
        {
            var recited = current.Quotes.Select(q => new QuoteDraft(q.Text, edit.SourceRef)).ToList();
            quotes = await rules.ResolveQuotesAsync(recited, null, errors, cancellationToken).ConfigureAwait(false);
        }
        var translations = TranslationEdit.ApplyAll(current.Translations, edit.Translations);
        var translated = edit.Translations.Where(t => t.Questions is not null).SelectMany(t => t.Questions!.Select(q => ($"Q[{t.Language}]", q))).ToList();
        if (edit.Questions is not null || translated.Count > 0)
        {
            var facts = await repository.GetAllFactsAsync(cancellationToken).ConfigureAwait(false);
            FactRules.CheckQuestions([.. (edit.Questions ?? []).Select(q => ("Q", q)), .. translated], current.Id, facts, errors);
            // A translated question may not repeat one of the fact's own in another language or in English.
            var own = (edit.Questions ?? current.AllQuestions).Select(QuestionKey.Of).ToHashSet(StringComparer.Ordinal);
            foreach (var q in translations.SelectMany(t => t.Questions))
            {
                if (!own.Add(QuestionKey.Of(q)))
                {
                    errors.Add(new FieldError("Q", new FieldProblem.QuestionTaken(FieldReader.Shorten(q), current.Id)));
                }
            }
        }
        foreach (var removed in edit.Translations.Where(t => t.Answer == TranslationEdit.Remove))
        {
            if (current.AnswerIn(removed.Language) is null)
            {
                errors.Add(new FieldError($"A[{removed.Language}]", new FieldProblem.NoTranslationToRemove(current.Id, removed.Language)));
            }
        }
        if (errors.Count > 0)
        {
            return CurationResult.Fail<Fact>(errors);
        }
        var now = time.GetUtcNow();
        var next = current with
        {
            Question = edit.Questions?[0] ?? current.Question,
            Alternates = edit.Questions?.Skip(1).ToList() ?? current.Alternates,
            Answer = edit.Answer ?? current.Answer,
            Quotes = quotes,
            Tags = edit.Tags ?? current.Tags,
            Notify = edit.Notify ?? current.Notify,
            Translations = translations,
        };
        if (FactContent.Same(current, next))
        {
            return CurationResult.Fail<Fact>(FieldNames.Fields, new FieldProblem.NothingToChange(current.Id, current.Version));
        }
        next = next with { Version = current.Version + 1, UpdatedBy = actor.Label, UpdatedAt = now, AsOf = DateOnly.FromDateTime(now.UtcDateTime) };
        // Without "Notify:" the admin decides after seeing the alert: a reworded answer need not reach every subscriber.
        var update = new FactUpdate(next, baseVersion) { HoldAlert = edit.Notify is null };
        return await FactSaver.SaveAsync(repository, update, "edit", null, cancellationToken).ConfigureAwait(false);
    }
}
