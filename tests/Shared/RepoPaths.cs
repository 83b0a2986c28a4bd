namespace ChatBot.TestSupport;

/// <summary>
/// Finds the repository from wherever a test or benchmark binary runs. Shared by the test projects as a linked
/// source file (see their .csproj), so there is one copy.
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

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
