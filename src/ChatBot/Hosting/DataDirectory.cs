using ChatBot.Core.Seeding;

namespace ChatBot.Hosting;

/// <summary>Finds the curated data folder whether the bot runs from the repo root or from its build output.</summary>
internal static class DataDirectory
{
    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        var local = Path.Combine(Directory.GetCurrentDirectory(), "data");
        return File.Exists(Path.Combine(local, SeedLoader.FactsFile)) ? local : Path.Combine(AppContext.BaseDirectory, "data");
    }
}
