namespace ChatBot.Core.Matching;

/// <summary>What a fact's answer is, read once when the index is built.</summary>
[Flags]
public enum FactTraits : byte
{
    None = 0,

    /// <summary>The answer opens with "Yes" or "No": it answers whether something is so.</summary>
    YesNo = 1,
}

internal static class FactTraitReader
{
    public static FactTraits Of(string answer)
    {
        var start = 0;
        while (start < answer.Length && !char.IsLetter(answer[start]))
        {
            start++;
        }
        var end = start;
        while (end < answer.Length && char.IsLetter(answer[end]))
        {
            end++;
        }
        var first = answer.AsSpan(start, end - start);
        return first.Equals("yes", StringComparison.OrdinalIgnoreCase) || first.Equals("no", StringComparison.OrdinalIgnoreCase)
            ? FactTraits.YesNo
            : FactTraits.None;
    }
}
