using ChatBot.Core.Curation;

namespace ChatBot.Core.Seeding;

/// <summary>The data folder cannot be loaded; the message says what to fix, and <see cref="Errors"/> which fields are wrong.</summary>
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

    /// <param name="errors">The typed field errors; the host words them (Core holds no presentation text).</param>
    public SeedException(string message, IReadOnlyList<FieldError> errors)
        : base(message + "\n" + string.Join('\n', errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<FieldError> Errors { get; } = [];
}
