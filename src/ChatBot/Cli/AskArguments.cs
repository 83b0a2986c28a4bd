namespace ChatBot.Cli;

/// <summary>Parsed `ask [--json] [--db PATH] [QUESTION]`.</summary>
internal sealed record AskArguments(bool Json, string? DatabasePath, string? Question)
{
    public const string Usage = "usage: ChatBot ask [--json] [--db PATH] [QUESTION]  (no QUESTION: one question per line on stdin)";

    /// <summary>Parses the words after "ask"; returns null with an error message when they are malformed.</summary>
    public static AskArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        var json = false;
        string? db = null;
        var words = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--db" when i + 1 < args.Count:
                    db = args[++i];
                    break;
                case "--db":
                    error = "--db needs a file path. " + Usage;
                    return null;
                case "--":
                    words.AddRange(args.Skip(i + 1));
                    i = args.Count;
                    break;
                default:
                    words.Add(args[i]);
                    break;
            }
        }
        error = null;
        return new AskArguments(json, db, words.Count == 0 ? null : string.Join(' ', words));
    }
}
