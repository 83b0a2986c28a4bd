namespace ChatBot.Core.Matching;

public enum WordRarity
{
    Common,
    Known,
    Rare,
}
