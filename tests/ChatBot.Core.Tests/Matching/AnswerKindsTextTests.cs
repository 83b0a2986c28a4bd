using System.Text.Json;
using System.Text.RegularExpressions;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// The loops that scan an answer for years, names, acronyms and place phrases give what the regular expressions they
/// replaced gave (kept here as the reference), on the shipped and quality texts and on generated ones.
/// </summary>
public sealed partial class AnswerKindsTextTests
{
    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?<!^|[.!?]\s)\b\p{Lu}[\p{Ll}’']+\s+\p{Lu}[\p{Ll}’']+")]
    private static partial Regex Name();

    [GeneratedRegex(@"\b\p{Lu}{3,}\b")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"\b(in|to|from|at|near|of|on)\s+(the\s+)?(?<name>\p{Lu}(\p{Ll}+|\b))|\b(city|capital|country|front line|region)\b")]
    private static partial Regex PlacePhrase();

    private static bool PlaceByRegex(string text) =>
        PlacePhrase().Matches(text).Any(m => !AnswerKinds.CalendarNames.Contains(m.Groups["name"].Value.ToLowerInvariant()));

    private static void AssertSameAsRegex(string text)
    {
        Assert.True(Year().IsMatch(text) == AnswerKinds.HasYear(text), $"year: {text}");
        Assert.True(Name().IsMatch(text) == AnswerKinds.HasName(text), $"name: {text}");
        Assert.True(Acronym().IsMatch(text) == AnswerKinds.HasAcronym(text), $"acronym: {text}");
        Assert.True(PlaceByRegex(text) == AnswerKinds.HasPlacePhrase(text), $"place: {text}");
    }

    [Fact]
    public void Every_character_is_a_word_character_exactly_when_a_regex_word_boundary_says_so()
    {
        var boundary = new Regex(@"^.\b", RegexOptions.Singleline);
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.True(boundary.IsMatch($"{c} ") == AnswerKinds.IsWordChar(c), $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void Every_character_is_white_space_or_a_digit_exactly_when_the_regex_classes_say_so()
    {
        var space = new Regex(@"^\s$");
        var digit = new Regex(@"^\d$");
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.True(space.IsMatch(c.ToString()) == char.IsWhiteSpace(c), $"U+{(int)c:X4}");
            Assert.True(digit.IsMatch(c.ToString()) == char.IsDigit(c), $"U+{(int)c:X4}");
        }
    }

    [Theory]
    [InlineData("At least 26 people were killed in Ternopil on Wednesday.")]
    [InlineData("The talks are due in March 2026, in the Hague, near The Hague or on X.")]
    [InlineData("US envoy Dan Driscoll met NATO officials. Kyiv said the front line held.")]
    [InlineData("In Kyiv, officials said. Then Zelensky’s aide O'Brien spoke to the capital's mayor in May")]
    [InlineData("the 1999 plan, 20th century, 2025-11-30, A2024, 19999, ２０２４, 1٩٩٩")]
    [InlineData("sent to the\u00A0Front, in\tLviv, on  the  Monday, on the March, at the USA, in US, from theatre")]
    [InlineData("regional cityscape; frontline countryside; front  line; City; region_1; x-region")]
    [InlineData("ÉMILE Zola and Ёлка Пальма visited KYIV_ and ABC1, ABc, ÀÉÎ, DŽungla Lj")]
    [InlineData("Їжак Київ відвідав Львів у березні; \u200DABC \u0301ABC ABC\u0903")]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("in")]
    [InlineData("on M")]
    public void Representative_texts_scan_as_the_regular_expressions_did(string text) => AssertSameAsRegex(text);

    [Fact]
    public void Every_shipped_and_quality_text_scans_as_the_regular_expressions_did()
    {
        var texts = new List<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Data, "*.txt")
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "ChatBot.Core.Tests", "Quality", "Story"))))
        {
            texts.AddRange(File.ReadAllLines(file));
        }
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "ChatBot.Core.Tests", "Quality"), "*.json")
            .Append(Path.Combine(RepoPaths.Data, "facts.json")))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            CollectStrings(json.RootElement, texts);
        }
        Assert.True(texts.Count > 1000);
        foreach (var text in texts)
        {
            AssertSameAsRegex(text);
        }
    }

    [Fact]
    public void Generated_texts_scan_as_the_regular_expressions_did()
    {
        string[] pieces =
        [
            "in", "to", "from", "at", "near", "of", "on", "the", "The", "theatre", " ", "  ", "\t", "\u00A0", ".", "!", "?",
            ",", "'", "’", "-", "_", "March", "May", "may", "Mayor", "Monday", "JANUARY", "Kyiv", "KYIV", "US", "USA", "NATO",
            "X", "x", "Dan", "Driscoll", "O'Brien", "city", "capital", "country", "front", "line", "front line", "region",
            "1999", "2024", "19", "20", "0", "٩", "É", "é", "Ж", "ж", "ǅ", "\u0301", "\u0903", "\u200D", "\u200C", "\n",
        ];
        var random = new Random(20261207);
        for (var n = 0; n < 50_000; n++)
        {
            var count = random.Next(1, 12);
            var text = new System.Text.StringBuilder();
            for (var i = 0; i < count; i++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }
            AssertSameAsRegex(text.ToString());
        }
    }

    private static void CollectStrings(JsonElement element, List<string> texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                texts.Add(element.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectStrings(item, texts);
                }
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    CollectStrings(property.Value, texts);
                }
                break;
            default:
                break;
        }
    }
}
