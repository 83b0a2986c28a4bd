namespace ChatBot.FakeTelegram;

/// <summary>An injected callback or inline query: the update carrying it and the query id the bot must answer.</summary>
public sealed record EnqueuedQuery(long UpdateId, string QueryId);
