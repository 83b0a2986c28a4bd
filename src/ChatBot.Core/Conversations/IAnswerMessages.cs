namespace ChatBot.Core.Conversations;

/// <summary>Which bot message answered which question message, so an edited question can edit its answer in place.</summary>
public interface IAnswerMessages
{
    Task<int?> FindAsync(long chatId, int questionMessageId, CancellationToken cancellationToken = default);

    Task RememberAsync(long chatId, int questionMessageId, int answerMessageId, long? userId, DateTimeOffset at,
        CancellationToken cancellationToken = default);
}
