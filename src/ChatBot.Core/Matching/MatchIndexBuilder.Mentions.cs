using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChatBot.Core.Matching;

/// <summary>
/// How a fact's texts are read: the concepts they mention, what their numbers count, which things they name or leave
/// unnamed, who speaks, and whose roles they give.
/// </summary>
public sealed partial class MatchIndexBuilder
{
    // How many meaningful words after a number it may count: "26 people", "three more children".
    private const int CountWindow = 2;
    // "a nearby village", "a former hospital director": the words an indefinite article governs.
    private const int IndefiniteWindow = 2;

    private readonly List<string> _textWords = [];
    private readonly List<int> _textTerms = [];
    private readonly List<Affiliations.Word> _textInfo = [];
    private readonly List<(string Owner, int Role)> _found = [];
    private readonly List<bool> _textCapital = [];
    private readonly List<bool> _textUpper = [];
    private readonly List<bool> _textComma = [];

    /// <param name="counts">Whether the text states facts, so the words right after a number are what it counts.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddMentions(string text, int position, bool counts)
    {
        var reader = new TokenReader(text, Buffer(text.Length));
        var window = 0;
        _textWords.Clear();
        _textTerms.Clear();
        _textInfo.Clear();
        _textCapital.Clear();
        _textUpper.Clear();
        _textComma.Clear();
        var roles = false;
        var before = -1;
        // Which words the fact names ("the Kessel Dam", "Deputy Water Minister", "the Varn bridge") and which it only
        // speaks of indefinitely ("a nearby village"): "Which village…?" is not answered by the second kind.
        var previousRare = false;
        var afterArticle = 0;
        var afterBare = 0;
        var bareBefore = -1;
        var afterDefinite = false;
        var afterOwner = 0;
        bool namedBefore = false, lastCapital = false, apposition = false;
        int last = -1, beforeLast = -1;
        var partOf = false;
        while (reader.Next(out var token))
        {
            var term = Term(token);
            var capitalized = false;
            if (counts)
            {
                var capital = char.IsUpper(text[reader.TokenStart]) && !OpensSentence(text, reader.TokenStart);
                capitalized = capital;
                var rare = capital && Lexicon.RarityOf(_termText[term]) == WordRarity.Rare;
                if (capital || previousRare)
                {
                    NoteNamed(_termConcept[term]);
                }
                if (capital)
                {
                    // "the Kessel Dam"; "a visit to Telsaria", "a summit in Lisbon": named by the name after it.
                    NoteNamed(last);
                    NoteNamed(beforeLast);
                }
                // "Telsaria's health ministry": a named owner says which.
                if (afterOwner > 0 && !capital)
                {
                    NoteNamed(_termConcept[term]);
                }
                afterOwner = capital && IsPossessive(text, reader.TokenStart + token.Length) ? IndefiniteWindow : capital ? 0 : afterOwner - 1;
                if (afterArticle > 0 && !capital && _termConcept[term] >= 0 && !_indefiniteScratch.Contains(_termConcept[term]) &&
                    !(apposition && afterArticle == IndefiniteWindow))
                {
                    _indefiniteScratch.Add(_termConcept[term]);
                }
                // "flows south to the sea": a definite noun no name goes with says which only to a reader who knows.
                if (afterDefinite && !capital && _termConcept[term] >= 0 && !_indefiniteScratch.Contains(_termConcept[term]))
                {
                    _indefiniteScratch.Add(_termConcept[term]);
                }
                // "Brell, the army chief", "Brell is the army chief": the name says which.
                afterDefinite = token is "the" && !namedBefore && !(lastCapital && reader.TokenStart >= 2 && text[reader.TokenStart - 2] == ',');
                // "Pell, a former hospital director": an apposition's first word describes the name; the rest need not.
                if (token is "a" or "an")
                {
                    apposition = lastCapital && reader.TokenStart >= 2 && text[reader.TokenStart - 2] == ',';
                }
                // "with ministers joining on the final day", "Humanitarian groups have urged…": a bare plural speaks of
                // some of a kind without saying which, as "some ministers" does.
                if (OpensSentence(text, reader.TokenStart))
                {
                    afterBare = BareWindow;
                    bareBefore = -1;
                }
                if (afterBare > 0 && !capital && _termConcept[term] >= 0 && IsPlural(token))
                {
                    AddUnnamed(_termConcept[term]);
                    AddUnnamed(bareBefore);
                }
                if (Lexicon.IsStopWord(_termText[term]) && !Determines(token))
                {
                    // "it demands neutrality", "who plans talks": after a subject the word in -s is a verb, not a plural.
                    (afterBare, bareBefore) = (IsSubject(token) ? 0 : BareWindow, -1);
                }
                else
                {
                    var ends = capital || _termIsNumber[term] || _termConcept[term] < 0;
                    (afterBare, bareBefore) = ends ? (0, -1) : (afterBare - 1, _termConcept[term]);
                }
                afterArticle = IsIndefinite(token) && !namedBefore ? IndefiniteWindow : capital ? 0 : afterArticle - 1;
                // "The Harrow Basin Relief Fund is an aid organisation": the name says which.
                namedBefore = lastCapital && token is "is" or "was";
                lastCapital = capital;
                beforeLast = last;
                last = _termConcept[term];
                previousRare = rare;
            }
            _termCount[term]++;
            NoteFocus(term);
            _textWords.Add(_termText[term]);
            _textTerms.Add(term);
            _textInfo.Add(_termInfo[term]);
            _textCapital.Add(capitalized);
            _textUpper.Add(counts && char.IsUpper(text[reader.TokenStart]));
            _textComma.Add(reader.TokenStart + token.Length < text.Length && text[reader.TokenStart + token.Length] == ',');
            roles |= _termInfo[term].IsRole;
            var concept = _termConcept[term];
            if (counts && _termIsNumber[term])
            {
                // "12 of the 40 detainees": the first number counts a part of the second, so the fact gives the part.
                if (partOf && concept >= 0 && !_countedScratch.Contains(concept))
                {
                    _countedScratch.Add(concept);
                }
                window = CountWindow;
                // "The attack killed 14 people and injured 37": the verb before a number counts too.
                if (before >= 0 && !_countedScratch.Contains(before))
                {
                    _countedScratch.Add(before);
                }
                before = -1;
            }
            else if (window > 0 && concept >= 0)
            {
                window--;
                if (!_countedScratch.Contains(concept))
                {
                    _countedScratch.Add(concept);
                }
            }
            if (concept >= 0 && !_termIsNumber[term])
            {
                before = concept;
            }
            partOf = _termIsNumber[term] ? false : concept < 0 && (partOf || (token is "of" && window == CountWindow));
            // What the answer and quotes state, apart from the words curators asked it by.
            if (counts && concept >= 0 && _lastStated[concept] != position + 1)
            {
                _lastStated[concept] = position + 1;
                _statedScratch.Add(concept);
            }
            if (concept >= 0 && _lastFact[concept] != position + 1)
            {
                _lastFact[concept] = position + 1;
                _scratch.Add(concept);
            }
        }
        if (roles && counts)
        {
            TitledNames.Find(CollectionsMarshal.AsSpan(_textInfo), CollectionsMarshal.AsSpan(_textCapital), CollectionsMarshal.AsSpan(_textUpper),
                CollectionsMarshal.AsSpan(_textComma),
                CollectionsMarshal.AsSpan(_textTerms), _termConcept, _titledScratch);
        }
        if (counts)
        {
            SpeakerNames.Find(CollectionsMarshal.AsSpan(_textInfo), CollectionsMarshal.AsSpan(_textUpper), CollectionsMarshal.AsSpan(_textWords),
                CollectionsMarshal.AsSpan(_textTerms), _termConcept, _speakerScratch);
            PlaceNames.Find(CollectionsMarshal.AsSpan(_textUpper), CollectionsMarshal.AsSpan(_textWords),
                CollectionsMarshal.AsSpan(_textTerms), _termConcept, _placeScratch);
        }
        if (roles)
        {
            _found.Clear();
            Affiliations.Find(CollectionsMarshal.AsSpan(_textInfo), CollectionsMarshal.AsSpan(_textWords), _found);
            foreach (var (owner, role) in _found)
            {
                NotePair(owner, _termConcept[_textTerms[role]]);
            }
        }
    }

    // "concede certain territories", "some officials": a determiner that speaks of things without saying which.
    private static bool IsIndefinite(ReadOnlySpan<char> token) =>
        token is "a" or "an" or "certain" or "some" or "several" or "unspecified" or "various";

    private const int BareWindow = 2;

    private static bool IsSubject(ReadOnlySpan<char> token) => token is "he" or "she" or "it" or "they" or "we" or "who" or "that";

    private static bool Determines(ReadOnlySpan<char> token) =>
        token is "the" or "this" or "these" or "those" or "its" or "their" or "his" or "her" or "our" or "my" or "your" or
            "both" or "all" or "each" or "every" or "any" or "no" or "whose" or "which" or "what" or "other" or "such";

    private static bool IsPlural(ReadOnlySpan<char> token) =>
        token.Length > 3 && token[^1] == 's' && token[^2] is not ('s' or 'u' or 'i');

    private void AddUnnamed(int concept)
    {
        if (concept >= 0 && !_indefiniteScratch.Contains(concept))
        {
            _indefiniteScratch.Add(concept);
        }
    }

    private static bool IsPossessive(string text, int end) => end < text.Length && text[end] is '\'' or '\u2019';

    private void NoteNamed(int concept)
    {
        if (concept >= 0 && !_namedScratch.Contains(concept))
        {
            _namedScratch.Add(concept);
        }
    }

    /// <summary>Whether a word stands first in its sentence, where every word is capitalised.</summary>
    private static bool OpensSentence(string text, int at)
    {
        for (var i = at - 1; i >= 0; i--)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
            if (c is '.' or '!' or '?' or ':' or '\n')
            {
                return true;
            }
        }
        return true;
    }

    private void NotePair(string owner, int concept)
    {
        if (concept < 0)
        {
            return;
        }
        if (!_owners.TryGetValue(owner, out var id))
        {
            id = _owners.Count;
            _owners[owner] = id;
        }
        var pair = Affiliation.Pack(id, concept);
        if (!_pairScratch.Contains(pair))
        {
            _pairScratch.Add(pair);
        }
    }
}
