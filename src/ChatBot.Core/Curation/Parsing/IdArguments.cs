using System.Globalization;

namespace ChatBot.Core.Curation.Parsing;

/// <summary>"&lt;id&gt; [v&lt;version&gt;]", the arguments of /delfact, /restorefact and /history.</summary>
public sealed record IdArguments(string Id, int? Version)
{
    public static CurationResult<IdArguments> Parse(string arguments, CommandUsage usage)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var args = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (args.Length == 0)
        {
            return CurationResult.Fail<IdArguments>(FieldNames.Id, new FieldProblem.MissingArgument(usage));
        }
        if (args.Length > 2)
        {
            return CurationResult.Fail<IdArguments>(FieldNames.Id, new FieldProblem.UnexpectedArguments(FieldReader.Shorten(string.Join(' ', args[2..])), usage));
        }
        int? version = null;
        if (args.Length == 2)
        {
            var digits = args[1].TrimStart('v', 'V');
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v <= 0)
            {
                return CurationResult.Fail<IdArguments>("Version", new FieldProblem.NotAVersion(FieldReader.Shorten(args[1])));
            }
            version = v;
        }
        return CurationResult.Ok(new IdArguments(args[0], version));
    }
}
