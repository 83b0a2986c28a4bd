namespace ChatBot.FakeTelegram;

public enum FaultKind
{
    /// <summary>Answer with an ok:false envelope and the given status (429, 403, 500, 502, …).</summary>
    Error,

    /// <summary>Abort the connection without processing or answering.</summary>
    DropBeforeProcessing,

    /// <summary>Process the request (deliver the message), then abort the connection without answering.</summary>
    DropAfterProcessing,

    /// <summary>Process the request, then wait before answering.</summary>
    SlowResponse,

    /// <summary>Wait, then process and answer.</summary>
    DelayBeforeProcessing,
}
