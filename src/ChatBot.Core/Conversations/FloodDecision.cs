namespace ChatBot.Core.Conversations;

/// <summary>What the per-user flood limit says about one more question.</summary>
public enum FloodDecision
{
    Allow,

    /// <summary>Over the limit and not told in the last window: tell the user.</summary>
    Notify,

    /// <summary>Still over the limit and told less than a window ago: stay silent.</summary>
    Drop,
}
