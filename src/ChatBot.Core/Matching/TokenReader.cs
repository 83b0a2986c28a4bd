namespace ChatBot.Core.Matching;

/// <summary>
/// Reads lowercase word tokens with diacritics folded and possessives dropped, into a caller's buffer: building the
/// index of a large store reads millions of tokens, and most are words it has seen before, so none need a string.
/// </summary>
public ref struct TokenReader
{
    private static readonly string Usa = "usa";

    private readonly ReadOnlySpan<char> _text;
    private readonly Span<char> _buffer;
    private int _i;
    private int _start;

    /// <summary>Where in the text the last token read begins.</summary>
    public readonly int TokenStart => _start;

    /// <param name="text">The text to split.</param>
    /// <param name="buffer">Scratch space at least as long as <paramref name="text"/>.</param>
    public TokenReader(ReadOnlySpan<char> text, Span<char> buffer)
    {
        if (buffer.Length < text.Length)
        {
            throw new ArgumentException("The buffer must be at least as long as the text.", nameof(buffer));
        }
        _text = text;
        _buffer = buffer;
    }

    /// <summary>The next token; valid until the next call.</summary>
    // Runs for every word of every fact while the index is built at start-up: optimised from the first call rather
    // than after tiering has noticed it.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public bool Next(out ReadOnlySpan<char> token)
    {
        var length = 0;
        for (; _i < _text.Length; _i++)
        {
            var c = _text[_i];
            if (char.IsLetterOrDigit(c))
            {
                if (length == 0)
                {
                    _start = _i;
                }
                _buffer[length++] = Fold(c);
                continue;
            }
            if (IsApostrophe(c) && length > 0 && _i + 1 < _text.Length && char.IsLetter(_text[_i + 1]))
            {
                // "Ukraine's" → "ukraine"; "don't" → "dont".
                var endsWord = _i + 2 >= _text.Length || !char.IsLetter(_text[_i + 2]);
                if (char.ToLowerInvariant(_text[_i + 1]) == 's' && endsWord)
                {
                    _i++;
                }
                continue;
            }
            if (length > 0)
            {
                token = Finish(length, _i);
                _i++;
                return true;
            }
        }
        token = length > 0 ? Finish(length, _text.Length) : default;
        return length > 0;
    }

    private readonly ReadOnlySpan<char> Finish(int length, int end)
    {
        // "US" the country must not vanish as the pronoun "us" among the stop words.
        var isCountry = length == 2 && _buffer[0] == 'u' && _buffer[1] == 's' && end >= 2 &&
                        _text[end - 2] == 'U' && _text[end - 1] == 'S';
        return isCountry ? Usa.AsSpan() : _buffer[..length];
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`';

    internal static char Fold(char c)
    {
        var lower = char.ToLowerInvariant(c);
        var i = lower < 128 ? -1 : Accented.IndexOf(lower, StringComparison.Ordinal);
        return i < 0 ? lower : Plain[i];
    }

    // Folded by table rather than Unicode normalisation, which needs ICU and the app runs with invariant globalization.
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěğìíîïīįıłñńňòóôõöøōőŕřśšşťùúûüūůűųýÿźżž";
    private const string Plain = "aaaaaaaaacccdeeeeeeeegiiiiiiilnnnoooooooorrssstuuuuuuuuyyzzz";
}
