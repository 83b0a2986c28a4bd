namespace ChatBot.Telegram;

public sealed record BotProfile(long Id, string Username);
