using System.Reflection;
using System.Text.RegularExpressions;
using ChatBot.Core.Curation;
using ChatBot.Telegram.Commands.Admin;
using ChatBot.Telegram.Texts.Curation;

namespace ChatBot.Tests.Languages;

/// <summary>
/// Every kind of <see cref="FieldProblem"/> Core and the host report has its own Ukrainian and Russian words: none falls
/// back to English, and none leaves an English word outside what the admin typed and the syntax they type.
/// </summary>
public sealed partial class FieldProblemCatalogueTests
{
    /// <summary>Field names, JSON names and values, codes and units a curator types; the same list the end-to-end walk allows.</summary>
    private static readonly HashSet<string> Syntax = new(StringComparer.Ordinal)
    {
        "Q", "A", "Quote", "Source", "Tags", "Notify", "Version", "Text", "xx", "uk", "v", "http", "s", "txt", "JSON", "UTF",
        "null", "yes", "no", "remove", "answer", "questions", "source", "text", "active", "retired", "URL",
        // The samples: ids, languages and types are what the admin or Telegram gave.
        "x",
    };

    public static TheoryData<string> Problems() => [.. AllProblems().Select(p => p.GetType().Name)];

    [Theory]
    [MemberData(nameof(Problems))]
    public void Every_field_problem_has_ukrainian_and_russian_words_of_its_own(string name)
    {
        var problem = AllProblems().Single(p => p.GetType().Name == name);
        var english = EnglishCuratorTexts.Instance.Problem(problem);

        foreach (var texts in (ICuratorTexts[])[UkrainianCuratorTexts.Instance, RussianCuratorTexts.Instance])
        {
            var words = texts.Problem(problem);
            Assert.NotEqual(english, words);
            var latin = Word().Matches(Quoted().Replace(Command().Replace(words, " "), " ")).Select(m => m.Value).Where(w => !Syntax.Contains(w)).ToList();
            Assert.True(latin.Count == 0, $"{texts.Language}: '{string.Join("', '", latin)}' in: {words}");
        }
    }

    [Fact]
    public void The_words_core_uses_for_what_is_no_field_are_translated_and_english_keeps_them()
    {
        string[] names = [FieldNames.Id, FieldNames.Question, FieldNames.Words, FieldNames.Word, FieldNames.Fields, FieldNames.Document, FieldNames.Format];
        var none = new FieldProblem.Empty();

        Assert.Equal(names, names.Select(n => EnglishCuratorTexts.Instance.FieldLabel(new FieldError(n, none))));
        Assert.Equal(["ідентифікатор", "запитання", "слова", "слово", "поля", "документ", "формат"],
            names.Select(n => UkrainianCuratorTexts.Instance.FieldLabel(new FieldError(n, none))));
        Assert.Equal(["идентификатор", "вопрос", "слова", "слово", "поля", "документ", "формат"],
            names.Select(n => RussianCuratorTexts.Instance.FieldLabel(new FieldError(n, none))));
        Assert.Equal("рядок 3", UkrainianCuratorTexts.Instance.FieldLabel(new FieldError(FieldNames.None, new FieldProblem.NotAFieldLine(3, "x", ["Q"]))));
        Assert.Equal("line 3", EnglishCuratorTexts.Instance.FieldLabel(new FieldError(FieldNames.None, new FieldProblem.NotAFieldLine(3, "x", ["Q"]))));
        Assert.Equal("Q[uk]", RussianCuratorTexts.Instance.FieldLabel(new FieldError("Q[uk]", none)));
    }

    /// <summary>One of each concrete problem, its texts "x" (quoted in the catalogues), its numbers 2, its lists short.</summary>
    private static IEnumerable<FieldProblem> AllProblems() =>
        typeof(FieldProblem).Assembly.GetTypes().Concat(typeof(DocumentProblem).Assembly.GetTypes())
            .Where(t => t.IsSubclassOf(typeof(FieldProblem)) && !t.IsAbstract)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (FieldProblem)Construct(t));

    private static object Construct(Type type)
    {
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).OrderByDescending(c => c.GetParameters().Length)
            .First(c => c.GetParameters() is not [{ } only] || only.ParameterType != type);
        return constructor.Invoke([.. constructor.GetParameters().Select(p => Sample(p.ParameterType))]);
    }

    private static object? Sample(Type type) =>
        Nullable.GetUnderlyingType(type) is { } inner ? Sample(inner)
        : type == typeof(string) ? "x"
        : type == typeof(int) ? 2
        : type == typeof(long) ? 2L
        : type == typeof(bool) ? true
        : type == typeof(IReadOnlyList<string>) ? new[] { "uk" }
        : type == typeof(IReadOnlyList<int>) ? new[] { 2, 5 }
        : type.IsEnum ? Enum.GetValues(type).GetValue(1)
        : type == typeof(DocumentProblem) ? new DocumentProblem.NotUtf8()
        : throw new InvalidOperationException("No sample for " + type);

    [GeneratedRegex("«[^»]*»")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"/[a-z]+")]
    private static partial Regex Command();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();
}
