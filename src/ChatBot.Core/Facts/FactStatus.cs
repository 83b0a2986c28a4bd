namespace ChatBot.Core.Facts;

public enum FactStatus
{
    Active,
    Retired,
}
