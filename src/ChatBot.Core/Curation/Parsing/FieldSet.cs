namespace ChatBot.Core.Curation.Parsing;

/// <summary>The fields of a message in the order given, plus the lines that could not be read as fields.</summary>
public sealed record FieldSet(IReadOnlyList<FieldLine> Fields, IReadOnlyList<FieldError> Errors)
{
    /// <summary>The untranslated fields called <paramref name="name"/>.</summary>
    public IEnumerable<FieldLine> All(string name) =>
        Fields.Where(f => f.Language is null && string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    public bool Has(string name) => All(name).Any();

    /// <summary>The translated fields called <paramref name="name"/> ("Q[uk]", "Q[ru]"), in the order given.</summary>
    public IEnumerable<FieldLine> Translated(string name) =>
        Fields.Where(f => f.Language is not null && string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
