namespace ChatBot.Core.Curation.Parsing;

/// <summary>The fields of a message in the order given, plus the lines that could not be read as fields.</summary>
public sealed record FieldSet(IReadOnlyList<FieldLine> Fields, IReadOnlyList<FieldError> Errors)
{
    public IEnumerable<FieldLine> All(string name) =>
        Fields.Where(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    public bool Has(string name) => All(name).Any();
}
