using System.Globalization;

namespace ChatBot.Core.Curation.Replies;

/// <summary>"1 source", "2 sources": every count a reply shows agrees with its noun.</summary>
internal static class Counted
{
    public static string Of(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
