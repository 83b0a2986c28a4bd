namespace ChatBot.Core.Curation;

public enum WriteStatus
{
    Saved,
    NotFound,

    /// <summary>The fact moved on since the version the change was based on; nothing was written.</summary>
    Stale,

    /// <summary>The id (or a source URL) is already taken; nothing was written.</summary>
    Conflict,
}
