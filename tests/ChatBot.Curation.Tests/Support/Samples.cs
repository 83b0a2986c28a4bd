namespace ChatBot.Curation.Tests.Support;

/// <summary>Admin messages (without the command line) used across the tests.</summary>
internal static class Samples
{
    public const string GenevaUrl = "https://example.org/news/geneva-talks";

    public const string GenevaText = """
        Negotiators from the United States and Ukraine met in Geneva on Sunday to revise the 28-point plan.
        The revised framework now contains 19 points, according to Ukrainian officials.
        Rustem Umerov led the Ukrainian delegation in Geneva, while Secretary of State Marco Rubio led the American side.
        Both sides called the meeting productive but said further work was needed.
        """;

    public static readonly string GenevaSource = $"""
        Title: Geneva talks revise the US peace plan
        Outlet: Example News
        URL: {GenevaUrl}
        Published: 2025-11-23
        Text:
        {GenevaText}
        """;

    public static readonly string PointsFact = $"""
        Q: How many points does the revised peace framework have?
        Q: How long is the revised Geneva plan?
        A: After the Geneva talks the revised framework has 19 points.
        Quote: The revised framework now contains 19 points
        Source: {GenevaUrl}
        Tags: peace-plan, geneva
        Notify: no
        """;

    public const string PointsQuestion = "How many points does the revised peace framework have?";
}
