namespace ChatBot.Telegram.Polling;

/// <summary>
/// The worker slot an update holds while it is handled, ambient on the update's flow so a retry wait deep in the reply
/// path can give it back: waiting out a 429 needs no worker, and holding one let 16 rate-limited chats starve every
/// other chat. Waits have their own budget (<see cref="MaxParked"/>); beyond it a wait keeps its slot, which only
/// slows the bot down instead of letting parked updates grow without bound.
/// </summary>
public sealed class UpdateSlot
{
    public const int MaxParked = 1024;
    private static readonly AsyncLocal<UpdateSlot?> Ambient = new();
    private static int s_parked;
    private readonly SemaphoreSlim _slots;

    private UpdateSlot(SemaphoreSlim slots) => _slots = slots;

    /// <summary>The slot of the update being handled on this flow, if any.</summary>
    public static UpdateSlot? Current => Ambient.Value;

    /// <summary>Whether this update holds its slot now (the dispatcher releases it at the end only then).</summary>
    public bool Held { get; private set; } = true;

    /// <summary>Marks the slot just taken from <paramref name="slots"/> as this flow's.</summary>
    public static UpdateSlot Enter(SemaphoreSlim slots)
    {
        var slot = new UpdateSlot(slots);
        Ambient.Value = slot;
        return slot;
    }

    /// <summary>Runs <paramref name="wait"/> without holding the slot (when the budget allows), then takes a slot again.</summary>
    public async Task WaitWithoutSlotAsync(Func<Task> wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wait);
        if (!Held || Interlocked.Increment(ref s_parked) > MaxParked)
        {
            if (Held)
            {
                Interlocked.Decrement(ref s_parked);
            }
            await wait().ConfigureAwait(false);
            return;
        }
        Held = false;
        _slots.Release();
        try
        {
            await wait().ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref s_parked);
        }
        // Cancelled here (shutdown), the update ends without a slot and the dispatcher releases nothing.
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        Held = true;
    }

    /// <summary>The dispatcher's end of the update: gives the slot back if this flow still holds it.</summary>
    public void Exit()
    {
        if (Held)
        {
            Held = false;
            _slots.Release();
        }
    }
}
