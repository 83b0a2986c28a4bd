namespace ChatBot.Core.Curation;

/// <summary>What is wrong with one field of an admin message, phrased so the admin can fix it.</summary>
public sealed record FieldError(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
