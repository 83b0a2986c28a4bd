namespace ChatBot.FakeTelegram;

public enum RequestOutcome
{
    /// <summary>Answered with ok:true.</summary>
    Succeeded,

    /// <summary>Answered with ok:false (validation error or an injected error fault).</summary>
    Failed,

    /// <summary>The connection was aborted before anything was processed.</summary>
    DroppedBeforeProcessing,

    /// <summary>Processed (a message was delivered), then the connection was aborted without a response.</summary>
    DroppedAfterProcessing,

    /// <summary>The client went away while the request was pending (typically a cancelled long poll).</summary>
    ClientDisconnected,
}
