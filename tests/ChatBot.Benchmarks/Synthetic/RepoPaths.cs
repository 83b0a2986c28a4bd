namespace ChatBot.Benchmarks.Synthetic;

/// <summary>Finds the repository from wherever the benchmark runs (BenchmarkDotNet builds its own child project).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Synonyms => Path.Combine(Root, "data", "synonyms.txt");

    public static string ChatBotDll => Path.Combine(Root, "src", "ChatBot", "bin", "Release", "net10.0", "ChatBot.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("ChatBot.sln not found above " + AppContext.BaseDirectory);
    }
}
