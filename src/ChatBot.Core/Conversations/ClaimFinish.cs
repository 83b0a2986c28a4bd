namespace ChatBot.Core.Conversations;

/// <summary>
/// What finishing (or failing) a claimed update found of its claim: whether another caller may have handled it too.
/// </summary>
public enum ClaimFinish
{
    /// <summary>
    /// Still this caller's claim: nobody else took the chat over, also when its lease had run out meanwhile (no other
    /// caller could have started the update, so it was handled once).
    /// </summary>
    Held,

    /// <summary>
    /// The lease had run out and another caller had taken the chat over (or taken it and handed it back): this finish
    /// still marks the update done, but the other caller may be answering it too. A late failure marks nothing: the
    /// update stays pending to the other caller.
    /// </summary>
    Lapsed,

    /// <summary>
    /// The claim was gone and another caller had already finished the update: it was handled twice (or, for a failure,
    /// handled there while it failed here).
    /// </summary>
    AlreadyDone,
}

/// <summary>The finish of one update together with the next update the same round trip claimed, if any.</summary>
public sealed record FinishedAndNext(ClaimFinish Finish, InboxEntry? Next);

/// <summary>The outcome of a finish from the two facts every store reads with it.</summary>
public static class ClaimFinishes
{
    /// <param name="held">
    /// The finish found (and freed or moved) the claim it was handed, under this caller and attempt; for a failure, the
    /// update was still at that attempt, so the failure was recorded.
    /// </param>
    /// <param name="wasPending">The update was still pending, so this finish marked it done (a failure: left it to the taker).</param>
    public static ClaimFinish Of(bool held, bool wasPending) =>
        held ? ClaimFinish.Held : wasPending ? ClaimFinish.Lapsed : ClaimFinish.AlreadyDone;
}
