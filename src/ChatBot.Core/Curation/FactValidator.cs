using System.Globalization;
using System.Text;
using ChatBot.Core.Curation.Parsing;

namespace ChatBot.Core.Curation;

/// <summary>
/// The one check of a fact's content, shared by /addfact, /editfact, /alias, /import and the seed: counts and lengths
/// within <see cref="FieldLimits"/>, no text that shows nothing, and quotes that are passages rather than single words.
/// Whether a quote is verbatim in its source needs the store and is checked by each path after this.
/// </summary>
public static class FactValidator
{
    /// <summary>Names parts the way an admin message does: "Q #2", "A", "Quote #1", "Tags".</summary>
    public static string MessageLabel(FactPart part, int? index) => part switch
    {
        FactPart.Question => index is { } q ? $"Q #{q + 1}" : "Q",
        FactPart.Answer => "A",
        FactPart.Quote => index is { } i ? $"Quote #{i + 1}" : "Quote",
        _ => "Tags",
    };

    /// <summary>Names parts by their JSON path under <paramref name="fact"/> ("facts[3]"): "facts[3].alternates[0]".</summary>
    public static Func<FactPart, int?, string> JsonLabel(string fact) => (part, index) => fact + part switch
    {
        FactPart.Question => index switch
        {
            null => ".alternates",
            0 => ".question",
            var i => $".alternates[{i - 1}]",
        },
        FactPart.Answer => ".answer",
        FactPart.Quote => index is { } q ? $".quotes[{q}]" : ".quotes",
        _ => index is { } t ? $".tags[{t}]" : ".tags",
    };

    public static void Check(FactFields fields, Func<FactPart, int?, string> label, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(errors);
        if (fields.Questions is { } questions)
        {
            Count(FactPart.Question, questions.Count, FieldLimits.Questions);
            for (var i = 0; i < questions.Count; i++)
            {
                Text(FactPart.Question, i, questions[i], FieldLimits.Question);
            }
        }
        if (fields.Answer is not null)
        {
            Text(FactPart.Answer, null, fields.Answer, FieldLimits.Answer);
        }
        if (fields.Quotes is { } quotes)
        {
            Count(FactPart.Quote, quotes.Count, FieldLimits.Quotes);
            for (var i = 0; i < quotes.Count; i++)
            {
                if (Text(FactPart.Quote, i, quotes[i], FieldLimits.Quote) is { } quote && !IsPassage(quote))
                {
                    errors.Add(new FieldError(label(FactPart.Quote, i),
                        new FieldProblem.QuoteTooShort(FieldReader.Shorten(quote), FieldLimits.QuoteMinWords, FieldLimits.QuoteMinLength)));
                }
            }
        }
        if (fields.Tags is { } tags)
        {
            Count(FactPart.Tag, tags.Count, FieldLimits.Tags);
            for (var i = 0; i < tags.Count; i++)
            {
                Text(FactPart.Tag, i, tags[i], FieldLimits.Tag);
            }
        }

        void Count(FactPart part, int count, int max)
        {
            if (count == 0 && part is FactPart.Question or FactPart.Quote)
            {
                errors.Add(new FieldError(label(part, null), new FieldProblem.NoneGiven(part)));
            }
            else if (count > max)
            {
                errors.Add(new FieldError(label(part, null), new FieldProblem.TooMany(part, count, max)));
            }
        }

        string? Text(FactPart part, int? index, string? value, int max)
        {
            if (value is null)
            {
                errors.Add(new FieldError(label(part, index), new FieldProblem.NullText()));
            }
            else if (IsInvisible(value))
            {
                errors.Add(new FieldError(label(part, index), new FieldProblem.Invisible()));
            }
            else if (value.Length > max)
            {
                errors.Add(new FieldError(label(part, index), new FieldProblem.TooLongShown(value.Length, max, FieldReader.Shorten(value, 40))));
            }
            else
            {
                return value;
            }
            return null;
        }
    }

    /// <summary>True when nothing would show: only whitespace, control and format characters (Unicode Cc, Cf) or blanks.</summary>
    public static bool IsInvisible(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Visible(text).Length == 0;
    }

    /// <summary>At least <see cref="FieldLimits.QuoteMinWords"/> words and <see cref="FieldLimits.QuoteMinLength"/> visible characters.</summary>
    public static bool IsPassage(string quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var visible = Visible(quote);
        var words = 0;
        for (var i = 0; i < visible.Length; i++)
        {
            if (char.IsLetterOrDigit(visible, i) && (i == 0 || !char.IsLetterOrDigit(visible, i - 1)))
            {
                words++;
            }
        }
        return words >= FieldLimits.QuoteMinWords && visible.Length >= FieldLimits.QuoteMinLength;
    }

    /// <summary>The text without invisible characters, whitespace runs as one space, trimmed.</summary>
    private static string Visible(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || IsBlank(c))
            {
                space = sb.Length > 0;
            }
            else if (char.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.Control))
            {
                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    // Letters and symbols that render as nothing (Hangul fillers, the braille blank).
    private static bool IsBlank(char c) => c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800';
}
