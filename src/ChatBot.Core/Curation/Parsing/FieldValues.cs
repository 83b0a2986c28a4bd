namespace ChatBot.Core.Curation.Parsing;

/// <summary>Reads fields that may be given once, collecting an error for each way they can be wrong.</summary>
internal static class FieldValues
{
    /// <param name="maxLength">Null for the fields of a fact, whose lengths <see cref="FactValidator"/> checks.</param>
    public static string? Single(FieldSet set, string name, List<FieldError> errors, int? maxLength,
        bool required = true, bool multiLine = false)
    {
        var lines = set.All(name).ToList();
        if (lines.Count > 1)
        {
            errors.Add(new FieldError(name, new FieldProblem.GivenTimes(lines.Count)));
            return null;
        }
        var value = lines.FirstOrDefault()?.Value;
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required || lines.Count > 0)
            {
                errors.Add(new FieldError(name, lines.Count == 0 ? new FieldProblem.LineMissing(name) : new FieldProblem.Empty()));
            }
            return null;
        }
        return Check(name, value, errors, maxLength, multiLine);
    }

    public static string? Check(string name, string value, List<FieldError> errors, int? maxLength, bool multiLine)
    {
        if (!multiLine && value.Contains('\n', StringComparison.Ordinal))
        {
            var extra = value[(value.IndexOf('\n', StringComparison.Ordinal) + 1)..].Trim();
            errors.Add(new FieldError(name, new FieldProblem.ContinuesOnNextLine(FieldReader.Shorten(extra, 40))));
            return null;
        }
        if (value.Length > maxLength)
        {
            errors.Add(new FieldError(name, new FieldProblem.TooLong(value.Length, maxLength.Value)));
            return null;
        }
        return value;
    }

    public static bool? YesNo(FieldSet set, string name, List<FieldError> errors)
    {
        var value = Single(set, name, errors, 10, required: false);
        return value?.ToLowerInvariant() switch
        {
            null => null,
            "yes" or "y" or "true" or "on" => true,
            "no" or "n" or "false" or "off" => false,
            _ => Invalid(),
        };

        bool? Invalid()
        {
            errors.Add(new FieldError(name, new FieldProblem.NotYesNo(value!)));
            return null;
        }
    }

    /// <summary>Comma-separated tags; an empty "Tags:" line clears them. Their count and lengths are the validator's.</summary>
    public static IReadOnlyList<string>? Tags(FieldSet set, List<FieldError> errors)
    {
        var lines = set.All("Tags").ToList();
        if (lines.Count == 0)
        {
            return null;
        }
        if (lines.Count > 1)
        {
            errors.Add(new FieldError("Tags", new FieldProblem.TagsGivenTimes(lines.Count)));
            return null;
        }
        return Check("Tags", lines[0].Value, errors, null, multiLine: false) is { } value
            ? value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
            : null;
    }
}
