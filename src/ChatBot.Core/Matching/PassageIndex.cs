using ChatBot.Core.Citations;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Matching;

/// <summary>
/// Every sentence of every stored source, analysed like a fact with no stored questions: what the bot can quote when
/// no curated fact answers. A sentence found in several sources is kept once, with the first source that has it.
/// </summary>
public sealed class PassageIndex
{
    // A heading or a dateline ("Kyiv, 20 November") states nothing a question could ask.
    private const int MinWords = 5;

    private readonly string[] _sourceIds;
    private readonly string[] _texts;

    private PassageIndex(MatchIndex index, string[] sourceIds, string[] texts)
    {
        Index = index;
        _sourceIds = sourceIds;
        _texts = texts;
    }

    public static PassageIndex Empty { get; } = new(MatchIndex.Build([], SynonymTable.Empty), [], []);

    public MatchIndex Index { get; }

    public int Count => _texts.Length;

    public string SourceIdAt(int position) => _sourceIds[position];

    public string TextAt(int position) => _texts[position];

    public static PassageIndex Build(IEnumerable<Source> sources, SynonymTable synonyms)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var builder = new MatchIndexBuilder(synonyms);
        var sourceIds = new List<string>();
        var texts = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var sentence in SourceSentences.Of(source.Text))
            {
                if (Tokenizer.Tokenize(sentence, MinWords).Count < MinWords || !seen.Add(sentence))
                {
                    continue;
                }
                var id = texts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                builder.Add(new Fact(id, "", [], sentence, [new Quote(source.Id, sentence)], [], default));
                sourceIds.Add(source.Id);
                texts.Add(sentence);
            }
        }
        return new PassageIndex(builder.Build(), [.. sourceIds], [.. texts]);
    }
}
