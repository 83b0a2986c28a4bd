namespace ChatBot.Alerts.Tests.Support;

/// <summary>Tests that run a real broadcast in real time share one collection, so they never compete for the CPU.</summary>
[CollectionDefinition(Collection)]
public sealed class EndToEnd
{
    public const string Collection = "end-to-end broadcasts";
}
