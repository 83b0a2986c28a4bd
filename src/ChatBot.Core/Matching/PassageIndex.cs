using ChatBot.Core.Citations;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Matching;

/// <summary>
/// Every sentence of every stored source, analysed like a fact with no stored questions: what the bot can quote when
/// no curated fact answers. A sentence found in several sources is kept once, with the first source that has it. The
/// provider indexes the newest sources only, so the sentences' text (a few MB) is kept and no question reads SQL.
/// </summary>
public sealed class PassageIndex
{
    // A heading or a dateline ("Harrow, 20 November") states nothing a question could ask.
    private const int MinWords = 5;

    private readonly string[] _sourceIds;
    private readonly int[] _source;
    private readonly string[] _texts;

    private PassageIndex(MatchIndex index, string[] sourceIds, int[] source, string[] texts)
    {
        Index = index;
        _sourceIds = sourceIds;
        _source = source;
        _texts = texts;
    }

    public static PassageIndex Empty { get; } = new(MatchIndex.Build([], SynonymTable.Empty), [], [], []);

    public MatchIndex Index { get; }

    public int Count => _source.Length;

    public string SourceIdAt(int position) => _sourceIds[_source[position]];

    public string TextAt(int position) => _texts[position];

    public static PassageIndex Build(IEnumerable<Source> sources, SynonymTable synonyms, SpellCorrector? speller = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var builder = new Builder(synonyms, speller);
        foreach (var s in sources)
        {
            builder.Add(s);
        }
        return builder.Build();
    }

    /// <summary>Takes sources one at a time, so their texts need not all be in memory at once.</summary>
    /// <remarks>
    /// A question is corrected to the facts' words (the speller given), not to every word of every sentence: a second
    /// corrector over the sources' larger vocabulary would cost much of the build for a fallback.
    /// </remarks>
    public sealed class Builder(SynonymTable synonyms, SpellCorrector? speller = null)
    {
        private readonly MatchIndexBuilder _index = new(synonyms);
        private readonly List<string> _sourceIds = [];
        private readonly List<int> _source = [];
        private readonly List<string> _texts = [];
        private readonly HashSet<(int, int, int)> _seen = [];

        /// <param name="withheld">Texts of this source no sentence may state: a sentence holding one, or held in one, is left out.</param>
        public void Add(Source source, IReadOnlyList<string>? withheld = null)
        {
            ArgumentNullException.ThrowIfNull(source);
            var ordinal = _sourceIds.Count;
            _sourceIds.Add(source.Id);
            foreach (var (at, count) in SourceSentences.Spans(source.Text))
            {
                var span = source.Text.AsSpan(at, count);
                var key = (count, string.GetHashCode(span, StringComparison.Ordinal), string.GetHashCode(span, StringComparison.OrdinalIgnoreCase));
                var sentence = source.Text.Substring(at, count);
                if (Tokenizer.Tokenize(sentence, MinWords).Count < MinWords || Withheld(sentence, withheld) || !_seen.Add(key))
                {
                    continue;
                }
                var id = _source.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                // The sentence is the answer; as a quote too it would only be read twice.
                _index.Add(new Fact(id, "", [], sentence, [], [], default));
                _source.Add(ordinal);
                _texts.Add(sentence);
            }
        }

        public int Count => _texts.Count;

        private static bool Withheld(string sentence, IReadOnlyList<string>? withheld)
        {
            if (withheld is null)
            {
                return false;
            }
            foreach (var text in withheld)
            {
                if (sentence.Contains(text, StringComparison.Ordinal) || text.Contains(sentence, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            return false;
        }

        /// <param name="factsSpeller">The facts' corrector when it was not known as the sentences were added.</param>
        public PassageIndex Build(SpellCorrector? factsSpeller = null) =>
            new(_index.Build(0, factsSpeller ?? speller), [.. _sourceIds], [.. _source], [.. _texts]);
    }
}
