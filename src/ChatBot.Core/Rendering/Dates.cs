using System.Globalization;

namespace ChatBot.Core.Rendering;

public static class Dates
{
    public static string Show(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
