namespace ChatBot.Core.Curation;

public static class CurationResult
{
    public static CurationResult<T> Ok<T>(T value) => new(value, []);

    public static CurationResult<T> Fail<T>(IReadOnlyList<FieldError> errors) => new(default, errors);

    public static CurationResult<T> Fail<T>(string field, FieldProblem problem) => new(default, [new FieldError(field, problem)]);
}
