using System.Collections.Concurrent;
using System.Text;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// A statement's <c>@name</c> placeholders turned into PostgreSQL's own <c>$1, $2, ...</c>, once per statement text.
/// Npgsql sends a command whose parameters are all unnamed as it is, but parses and rewrites the text of every command
/// with named ones on every execution (a few percent of a replica's CPU under load, the claim statements being long).
/// Placeholders are found as Npgsql finds them: outside quoted text and comments, and only for the names given.
/// </summary>
internal sealed record PositionalSql(string Sql, string[] Names)
{
    private static readonly ConcurrentDictionary<string, PositionalSql> Cache = new();

    /// <summary>The statement with positional placeholders, or null when a name it uses is not among <paramref name="given"/>.</summary>
    public static PositionalSql? Of(string sql, ReadOnlySpan<(string Name, object? Value)> given)
    {
        var positional = Cache.GetOrAdd(sql, Rewrite);
        foreach (var name in positional.Names)
        {
            if (IndexOf(given, name) < 0)
            {
                return null; // left to Npgsql, which leaves a placeholder it has no parameter for as it is
            }
        }
        return positional;
    }

    public static int IndexOf(ReadOnlySpan<(string Name, object? Value)> given, string name)
    {
        for (var i = 0; i < given.Length; i++)
        {
            if (string.Equals(given[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    private static PositionalSql Rewrite(string sql)
    {
        var text = new StringBuilder(sql.Length);
        var names = new List<string>();
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            var skipTo = c switch
            {
                '\'' => End(sql, i + 1, "'"),
                '"' => End(sql, i + 1, "\""),
                '-' when At(sql, i, "--") => End(sql, i + 2, "\n"),
                '/' when At(sql, i, "/*") => End(sql, i + 2, "*/"),
                '$' when DollarTag(sql, i) is { } tag => End(sql, i + tag.Length, tag),
                _ => -1,
            };
            if (skipTo >= 0)
            {
                text.Append(sql, i, skipTo - i);
                i = skipTo;
                continue;
            }
            if (c == '@' && i + 1 < sql.Length && IsNameStart(sql[i + 1]) && (i == 0 || !IsNamePart(sql[i - 1])))
            {
                var end = i + 1;
                while (end < sql.Length && IsNamePart(sql[end]))
                {
                    end++;
                }
                var name = sql[(i + 1)..end];
                var index = names.FindIndex(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                {
                    names.Add(name);
                    index = names.Count - 1;
                }
                text.Append('$').Append(index + 1);
                i = end;
                continue;
            }
            text.Append(c);
            i++;
        }
        return new(text.ToString(), [.. names]);
    }

    /// <summary>Just past the first <paramref name="close"/> from <paramref name="from"/> (a doubled quote closes and reopens), or the end.</summary>
    private static int End(string sql, int from, string close)
    {
        var at = sql.IndexOf(close, from, StringComparison.Ordinal);
        return at < 0 ? sql.Length : at + close.Length;
    }

    private static bool At(string sql, int i, string what) => string.CompareOrdinal(sql, i, what, 0, what.Length) == 0;

    /// <summary>A dollar quote's opening tag (<c>$$</c>, <c>$body$</c>) at <paramref name="i"/>; null for <c>$1</c> and the like.</summary>
    private static string? DollarTag(string sql, int i)
    {
        var end = i + 1;
        while (end < sql.Length && (char.IsAsciiLetter(sql[end]) || sql[end] == '_'))
        {
            end++;
        }
        return end < sql.Length && sql[end] == '$' ? sql[i..(end + 1)] : null;
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsNamePart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
