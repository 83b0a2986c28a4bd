using System.Globalization;
using System.Text;
using ChatBot.Core.Facts;

namespace ChatBot.Benchmarks.Synthetic;

/// <summary>
/// Builds a synthetic store of news facts: stories of five facts sharing a place, a date and one source document;
/// every quote is a sentence of that document, verbatim. Also builds the benchmark's question mix: stored
/// alternates, unseen paraphrases, typos and out-of-scope questions.
/// </summary>
public sealed class StoreGenerator
{
    private const int FactsPerStory = 5;

    private static readonly string[] Filler =
    [
        "Officials declined to give further details.", "The claims could not be independently verified.",
        "Air raid sirens sounded across the region for several hours.", "Diplomats described the mood as cautious.",
        "The Kremlin did not immediately respond to a request for comment.", "Talks are expected to continue next week.",
        "Allies were briefed on the outcome later the same day.", "Local media published photographs of the damage.",
    ];

    private readonly Random _random;
    private readonly string[] _places;
    private readonly string[] _people;
    private readonly Dictionary<string, string> _heldOut = new(StringComparer.Ordinal);

    public StoreGenerator(int factCount, int seed = 20251120)
    {
        FactCount = factCount;
        _random = new Random(seed);
        _places = Vocabulary.Names(Math.Max(200, factCount / 25), seed + 1, places: true);
        var surnames = Vocabulary.Names(Math.Max(300, factCount / 15), seed + 2, places: false);
        _people = [.. surnames.Select(s => Vocabulary.FirstNames[_random.Next(Vocabulary.FirstNames.Length)] + " " + s)];
    }

    public int FactCount { get; }

    public SeedData Generate(IReadOnlyList<IReadOnlyList<string>> synonyms)
    {
        var sources = new List<Source>(FactCount / FactsPerStory + 1);
        var facts = new List<Fact>(FactCount);
        for (var story = 0; facts.Count < FactCount; story++)
        {
            var place = Pick(_places);
            var date = new DateOnly(2025, 1, 1).AddDays(_random.Next(330));
            var sourceId = $"src-{story:D6}";
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"Latest from {place}: talks, strikes and diplomacy\n\n");
            var storyFacts = Math.Min(FactsPerStory, FactCount - facts.Count);
            for (var i = 0; i < storyFacts; i++)
            {
                var template = Templates.All[_random.Next(Templates.All.Count)];
                var slots = Slots(place, date);
                var quotes = template.Quotes.Select(q => Fill(q, slots)).ToList();
                foreach (var sentence in quotes)
                {
                    text.Append(sentence).Append(' ');
                }
                text.Append(Pick(Filler)).Append("\n\n");
                var id = $"{template.Tag}-{Slug(place)}-{facts.Count:D6}";
                facts.Add(MakeFact(id, template, slots, sourceId, quotes, date));
            }
            sources.Add(new Source(sourceId, $"Latest from {place}", Pick(["BBC News", "Reuters", "AP", "Kyiv Independent", "The Guardian"]),
                $"https://news.example/{sourceId}", date, text.ToString()));
        }
        return new SeedData(sources, facts, synonyms);
    }

    /// <summary>The question mix over the generated facts; call after <see cref="Generate"/>.</summary>
    public List<BenchmarkQuestion> Questions(IReadOnlyList<Fact> facts, int count)
    {
        var random = new Random(7);
        var unknownPlaces = Vocabulary.Names(200, 99, places: true).Where(p => Array.IndexOf(_places, p) < 0).ToArray();
        var list = new List<BenchmarkQuestion>(count);
        for (var i = 0; i < count; i++)
        {
            var fact = facts[random.Next(facts.Count)];
            list.Add((i % 10) switch
            {
                0 or 1 or 2 => new BenchmarkQuestion("stored", Casual(fact.Alternates[random.Next(fact.Alternates.Count)], random), fact.Id),
                3 or 4 => new BenchmarkQuestion("paraphrase", _heldOut[fact.Id], fact.Id),
                5 or 6 => new BenchmarkQuestion("typo", Typo(fact.Question, random), fact.Id),
                7 => new BenchmarkQuestion("out-of-scope", Vocabulary.OutOfScope[random.Next(Vocabulary.OutOfScope.Length)], null),
                _ => new BenchmarkQuestion("unknown-place", UnknownPlace(unknownPlaces[random.Next(unknownPlaces.Length)], random), null),
            });
        }
        return list;
    }

    private Fact MakeFact(string id, FactTemplate template, Dictionary<string, string> slots, string sourceId, List<string> quotes, DateOnly asOf)
    {
        var stored = template.Questions[..^1];
        var order = stored.OrderBy(_ => _random.Next()).ToList();
        var question = Fill(order[0], slots);
        var alternates = order.Skip(1).Take(3 + _random.Next(3)).Select(q => Fill(q, slots)).ToList();
        _heldOut[id] = Fill(template.Questions[^1], slots);
        var cited = _random.Next(3) == 0 ? quotes : quotes.Take(1).ToList();
        return new Fact(id, question, alternates, Fill(template.Answer, slots),
            [.. cited.Select(q => new Quote(sourceId, q))], [template.Tag, Slug(slots["{L}"])], asOf);
    }

    private Dictionary<string, string> Slots(string place, DateOnly date)
    {
        var p = Pick(_people);
        var p2 = Pick(_people);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{P}"] = p,
            ["{P2}"] = p2 == p ? Pick(_people) : p2,
            ["{R}"] = Pick(Vocabulary.Roles),
            ["{L}"] = _random.Next(5) == 0 ? Pick(_places) : place,
            ["{C}"] = Pick(Vocabulary.Countries),
            ["{O}"] = Pick(Vocabulary.Organisations),
            ["{N}"] = (2 + _random.Next(4000)).ToString(CultureInfo.InvariantCulture),
            ["{K}"] = (1 + _random.Next(28)).ToString(CultureInfo.InvariantCulture),
            ["{D}"] = $"{date.Day} {Vocabulary.Months[date.Month - 1]}",
            ["{W}"] = Pick(Vocabulary.Weapons),
            ["{T}"] = Pick(Vocabulary.Topics),
        };
    }

    private static string Fill(string form, Dictionary<string, string> slots)
    {
        // {P2} before {P}, so "{P2}" is not read as "{P}" followed by "2}".
        var text = form.Replace("{P2}", slots["{P2}"], StringComparison.Ordinal);
        foreach (var (key, value) in slots)
        {
            text = text.Replace(key, value, StringComparison.Ordinal);
        }
        return text;
    }

    private static string Casual(string question, Random random) => random.Next(3) switch
    {
        0 => question.ToLowerInvariant().TrimEnd('?'),
        1 => question.TrimEnd('?'),
        _ => question,
    };

    /// <summary>Swaps two neighbouring letters, or drops one, in one word of five letters or more.</summary>
    public static string Typo(string question, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var words = question.Split(' ');
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Count(char.IsLetter) >= 5).ToList();
        if (candidates.Count == 0)
        {
            return question;
        }
        var w = candidates[random.Next(candidates.Count)];
        var chars = words[w].ToCharArray();
        var at = 1 + random.Next(chars.Length - 3);
        if (random.Next(2) == 0 && char.IsLetter(chars[at]) && char.IsLetter(chars[at + 1]))
        {
            (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
            words[w] = new string(chars);
        }
        else
        {
            words[w] = words[w].Remove(at, 1);
        }
        return string.Join(' ', words);
    }

    private static string UnknownPlace(string place, Random random) => random.Next(3) switch
    {
        0 => $"How many people were killed in the strike on {place}?",
        1 => $"Is {place} being evacuated?",
        _ => $"How many homes lost power in {place}?",
    };

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private static string Slug(string name) => name.ToLowerInvariant();
}
