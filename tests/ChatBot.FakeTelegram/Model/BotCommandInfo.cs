namespace ChatBot.FakeTelegram;

public sealed record BotCommandInfo(string Command, string Description);
