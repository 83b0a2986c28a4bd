namespace ChatBot.Core.Seeding;

/// <summary>The data folder cannot be loaded; the message says what to fix.</summary>
public sealed class SeedException : Exception
{
    public SeedException()
    {
    }

    public SeedException(string message)
        : base(message)
    {
    }

    public SeedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
