namespace ChatBot.FakeTelegram;

/// <summary>Callback and inline query ids handed to the bot; each can be answered once, as with Telegram.</summary>
internal sealed class QueryRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, bool> _answered = [];
    private long _counter = 4_000_000_000_000_000;

    public string NewId()
    {
        lock (_gate)
        {
            // Unlike update ids, so a bot that answers with the wrong id fails.
            var id = (++_counter * 7).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _answered[id] = false;
            return id;
        }
    }

    public void Answer(string? queryId)
    {
        lock (_gate)
        {
            if (queryId is null || !_answered.TryGetValue(queryId, out var done) || done)
            {
                throw ApiError.BadRequest("query is too old and response timeout expired or query ID is invalid");
            }

            _answered[queryId] = true;
        }
    }

    public bool IsAnswered(string queryId)
    {
        lock (_gate)
        {
            return _answered.GetValueOrDefault(queryId);
        }
    }
}
