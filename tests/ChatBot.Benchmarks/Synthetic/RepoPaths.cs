namespace ChatBot.Benchmarks.Synthetic;

/// <summary>The repository paths the benchmarks need, found from wherever they run (BenchmarkDotNet builds its own child project).</summary>
public static class RepoPaths
{
    public static string Root => ChatBot.TestSupport.RepoPaths.Root;

    public static string Synonyms => Path.Combine(ChatBot.TestSupport.RepoPaths.Data, "synonyms.txt");

    public static string ChatBotDll => Path.Combine(Root, "src", "ChatBot", "bin", "Release", "net10.0", "ChatBot.dll");
}
