using System.Text.RegularExpressions;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation.Parsing;

/// <summary>
/// The arguments of /alias: "&lt;id&gt; &lt;question&gt;" (English), or "&lt;id&gt; Q[xx]: &lt;question&gt;" for a question in
/// one of <see cref="FactTranslation.Languages"/>, written like the Q[xx]: lines of /addfact. <see cref="Language"/> is
/// null for English.
/// </summary>
public sealed partial record AliasArguments(string Id, string? Language, string Question)
{
    public static CurationResult<AliasArguments> Parse(string arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var trimmed = arguments.Trim();
        var space = trimmed.IndexOfAny([' ', '\t', '\n']);
        if (space < 0)
        {
            return CurationResult.Fail<AliasArguments>(trimmed.Length == 0 ? FieldNames.Id : FieldNames.Question,
                new FieldProblem.MissingArgument(CommandUsage.Alias));
        }
        var id = trimmed[..space];
        var rest = trimmed[(space + 1)..].Trim();
        string? language = null;
        if (Tagged().Match(rest) is { Success: true } tagged)
        {
            var (label, tag) = (tagged.Groups["label"].Value, tagged.Groups["tag"].Value);
            var field = $"{label}[{tag}]";
            var known = FactMessageParser.Fields.FirstOrDefault(f => string.Equals(f, label, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                // "Note[1]: …" is no field: the question's own text, as it would be in /addfact.
                return CurationResult.Ok(new AliasArguments(id, null, rest));
            }
            if (known != "Q")
            {
                return CurationResult.Fail<AliasArguments>(field, new FieldProblem.AliasTakesQuestion(label, tag));
            }
            language = tag.ToLowerInvariant();
            if (!FactTranslation.IsLanguage(language))
            {
                return CurationResult.Fail<AliasArguments>(field,
                    new FieldProblem.UnknownLanguage(FieldReader.Shorten(tag, 12), FactTranslation.Languages, EnglishUntagged: true));
            }
            rest = tagged.Groups["question"].Value.Trim();
        }
        else if (Untagged().Match(rest) is { Success: true } untagged)
        {
            // "Q: …" as in /addfact: English.
            rest = untagged.Groups["question"].Value.Trim();
        }
        return rest.Length == 0
            ? CurationResult.Fail<AliasArguments>(language is null ? FieldNames.Question : $"Q[{language}]",
                new FieldProblem.MissingArgument(CommandUsage.Alias))
            : CurationResult.Ok(new AliasArguments(id, language, rest));
    }

    [GeneratedRegex(@"^(?<label>\p{L}+)\[(?<tag>[^\]\s]{0,12})\]\s*:(?<question>.*)$", RegexOptions.Singleline)]
    private static partial Regex Tagged();

    [GeneratedRegex(@"^Q\s*:(?<question>.*)$", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Untagged();
}
