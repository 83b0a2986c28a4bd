using ChatBot.Core.Curation.Parsing;
using ChatBot.Core.Facts;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Curation;

/// <summary>
/// /synonym: a group of interchangeable words, used by the matcher from its next question on;
/// "/synonym remove &lt;word&gt;…" takes words out of their groups again.
/// </summary>
public sealed class SynonymCuration(ICurationRepository repository, IFactStore store)
{
    /// <returns>The whole group the words now belong to (groups sharing a word merge).</returns>
    public async Task<CurationResult<IReadOnlyList<string>>> AddAsync(string arguments, Actor actor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(actor);
        var trimmed = arguments.Trim();
        var remove = trimmed.StartsWith("remove ", StringComparison.OrdinalIgnoreCase);
        var (words, errors) = Words(remove ? trimmed[7..] : trimmed);
        if (errors.Count > 0)
        {
            return CurationResult.Fail<IReadOnlyList<string>>(errors);
        }
        if (remove)
        {
            return await RemoveAsync(words, actor, cancellationToken).ConfigureAwait(false);
        }
        if (words.Count < 2)
        {
            return CurationResult.Fail<IReadOnlyList<string>>(FieldNames.Words, new FieldProblem.SynonymsNeedTwo());
        }
        var groups = await store.GetSynonymGroupsAsync(cancellationToken).ConfigureAwait(false);
        var before = new SynonymTable(groups);
        var concept = before.ConceptOf(Stemmer.Stem(words[0]));
        if (words.All(w => before.ConceptOf(Stemmer.Stem(w)) == concept) && before.WordsOf(Stemmer.Stem(words[0])).Count > 0)
        {
            return CurationResult.Fail<IReadOnlyList<string>>(FieldNames.Words,
                new FieldProblem.AlreadySynonyms([.. before.WordsOf(Stemmer.Stem(words[0]))]));
        }
        await repository.AddSynonymGroupAsync(words, actor, cancellationToken).ConfigureAwait(false);
        var after = new SynonymTable([.. groups, words]);
        return CurationResult.Ok(after.WordsOf(Stemmer.Stem(words[0])));
    }

    private async Task<CurationResult<IReadOnlyList<string>>> RemoveAsync(List<string> words, Actor actor, CancellationToken cancellationToken)
    {
        if (words.Count == 0)
        {
            return CurationResult.Fail<IReadOnlyList<string>>(FieldNames.Words, new FieldProblem.SynonymsToRemoveMissing());
        }
        var changed = await repository.RemoveSynonymWordsAsync(words, actor, cancellationToken).ConfigureAwait(false);
        return changed == 0
            ? CurationResult.Fail<IReadOnlyList<string>>(FieldNames.Words, new FieldProblem.InNoSynonymGroup(words))
            : CurationResult.Ok<IReadOnlyList<string>>(words);
    }

    private static (List<string> Words, List<FieldError> Errors) Words(string text)
    {
        var words = new List<string>();
        var errors = new List<FieldError>();
        foreach (var raw in text.Split([' ', ',', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = Tokenizer.Tokenize(raw);
            if (tokens.Count != 1 || tokens[0].Length > 40)
            {
                errors.Add(new FieldError(FieldNames.Word, new FieldProblem.NotASingleWord(FieldReader.Shorten(raw))));
            }
            else if (!words.Contains(tokens[0]))
            {
                words.Add(tokens[0]);
            }
        }
        return (words, errors);
    }
}
