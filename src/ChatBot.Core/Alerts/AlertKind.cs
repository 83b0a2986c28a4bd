namespace ChatBot.Core.Alerts;

public enum AlertKind
{
    /// <summary>A fact was added or its answer changed.</summary>
    FactChange,

    /// <summary>Free text from an admin's /broadcast.</summary>
    Broadcast,
}
