namespace ChatBot.Core.Curation;

/// <summary>Either a value or the list of field errors that prevented it; nothing was changed when it failed.</summary>
public sealed record CurationResult<T>(T? Value, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0 && Value is not null;
}
