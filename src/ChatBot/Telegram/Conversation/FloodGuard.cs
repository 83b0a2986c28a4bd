using ChatBot.Core.Conversations;
using ChatBot.Options;
using ChatBot.Storage.Conversations;
using Microsoft.Extensions.Options;

namespace ChatBot.Telegram.Conversation;

/// <summary>
/// The per-user flood limit (<c>Bot:QuestionsPerMinute</c>; commands, button presses and admins are never counted)
/// over the store's <see cref="IFloodWindow"/>: in memory on SQLite, shared by the replicas on PostgreSQL.
/// </summary>
public sealed class FloodGuard(TimeProvider time, IOptions<BotOptions> options, IFloodWindow? window = null)
{
    private readonly IFloodWindow _window = window ?? new ProcessFloodWindow();

    public Task<FloodDecision> CheckAsync(long userId, CancellationToken cancellationToken = default) =>
        _window.CheckAsync(userId, Math.Max(1, options.Value.QuestionsPerMinute), time.GetUtcNow(), cancellationToken);
}
