using ChatBot.Core.Matching;

namespace ChatBot.Core.Languages;

/// <summary>Word-by-word glosses that read otherwise in English than the question meant.</summary>
internal static class GlossCleanup
{
    private static readonly HashSet<string> Offices = ["position", "post"];

    /// <summary>
    /// "Яку посаду обіймає X?", "Quel poste occupe X ?" ask what X is: the verb of holding an office says nothing
    /// the office noun does not, and "hold" would read as holding talks or ground.
    /// </summary>
    public static string Apply(string glossed)
    {
        var words = glossed.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Contains("hold", StringComparer.Ordinal) && words.Any(Offices.Contains))
        {
            words.RemoveAll(w => w == "hold");
        }
        HeadOfDiplomacy(words);
        ForeignMinister(words);
        OfAfterPreposition(words);
        SinceWhenFirst(words);
        HowLong(words);
        ExactlyWhereOrWhich(words);
        WhichSpecific(words);
        return string.Join(' ', words);
    }

    /// <summary>
    /// "Combien de temps", "скільки часу", "сколько времени" ask how long, where "how many time" reads as a count of
    /// something named "time".
    /// </summary>
    private static void HowLong(List<string> words)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            // "Depuis combien de temps" asks since when, a start date, not a duration the question could be matched on.
            if (words[i] == "how" && words[i + 1] is "many" or "much" && words[i + 2] == "time" && (i == 0 || words[i - 1] != "since"))
            {
                words[i + 1] = "long";
                words.RemoveAt(i + 2);
            }
        }
    }

    /// <summary>
    /// "Le chef de la diplomatie russe" names a country's top diplomat, as English calls its foreign minister; word by
    /// word "head diplomacy" reads as the head of something and a word no fact uses.
    /// </summary>
    private static void HeadOfDiplomacy(List<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] is "head" or "chief" && words[i + 1] == "diplomacy")
            {
                words[i] = "top";
                words[i + 1] = "diplomat";
            }
        }
    }

    private static readonly HashSet<string> Ministers = ["minister", "ministers", "ministry"];

    /// <summary>
    /// "Міністр закордонних справ", "министр иностранных дел", "ministre des Affaires étrangères" name the office
    /// English calls the foreign minister; word by word they read "minister foreign affairs", which the matcher takes
    /// for a minister and two words about something else.
    /// </summary>
    private static void ForeignMinister(List<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!Ministers.Contains(words[i]))
            {
                continue;
            }
            var foreign = words[i + 1] == "foreign" ? i + 1 : words[i + 1] == "affairs" && i + 2 < words.Count && words[i + 2] == "foreign" ? i + 2 : -1;
            if (foreign < 0)
            {
                continue;
            }
            var minister = words[i];
            words.RemoveRange(i, foreign - i + 1);
            if (i < words.Count && words[i] == "affairs")
            {
                words.RemoveAt(i);
            }
            words.InsertRange(i, ["foreign", minister]);
            i++;
        }
    }

    private static readonly HashSet<string> Prepositions =
        ["of", "from", "to", "for", "with", "about", "in", "on", "at", "by", "near", "without", "before", "after", "since", "until",
         "against", "among", "over", "under", "during", "around", "into", "between", "towards", "except", "like", "than", "through"];

    /// <summary>
    /// A country's name in the genitive reads "of Ukraine" ("міністр оборони України"), so a role it follows is
    /// read as that country's; after a preposition ("з України", "для России") the case says no more than the
    /// preposition does, and "from of Ukraine" would read as nothing English says.
    /// </summary>
    private static void OfAfterPreposition(List<string> words)
    {
        for (var i = words.Count - 2; i >= 0; i--)
        {
            if (words[i + 1] == "of" && i + 2 < words.Count && Affiliations.CountryOf(words[i + 2]) is not null && Prepositions.Contains(words[i]))
            {
                words.RemoveAt(i + 1);
            }
        }
        if (words.Count > 1 && words[0] == "of")
        {
            words.RemoveAt(0);
        }
    }

    private static readonly HashSet<string> Copulas = ["is", "are", "was", "were"];

    /// <summary>
    /// "Vale est ministre depuis quand ?", "Depuis quand Vale est-il ministre ?": in English order, "since when
    /// is X minister?", the order in which a question about how long a state has lasted reads as one.
    /// </summary>
    private static void SinceWhenFirst(List<string> words)
    {
        var at = words.FindIndex(w => w == "since");
        if (at < 0 || at + 1 >= words.Count || words[at + 1] != "when")
        {
            return;
        }
        if (at > 0 && (at + 2 == words.Count || words[at + 2] == "?"))
        {
            words.RemoveRange(at, 2);
            words.InsertRange(0, ["since", "when"]);
            at = 0;
        }
        var copula = words.FindIndex(at + 2, Copulas.Contains);
        if (copula > at + 2)
        {
            var verb = words[copula];
            words.RemoveAt(copula);
            words.Insert(at + 2, verb);
        }
    }

    /// <summary>
    /// "Wann genau", "коли саме", "qui exactement" stress the question, as English "when exactly" does; but "where
    /// exactly", "which … exactly" and "how many exactly" ask for a place, a list or a figure more precise than a fact
    /// may give, read so only as "specifically".
    /// </summary>
    private static void ExactlyWhereOrWhich(List<string> words)
    {
        var exactly = words.IndexOf("exactly");
        if (exactly < 0)
        {
            return;
        }
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is "where" or "which" || (words[i] == "how" && i + 1 < words.Count && words[i + 1] is "many" or "much"))
            {
                words[exactly] = "specifically";
                return;
            }
        }
    }

    private static readonly HashSet<string> Exactly = ["specifically", "exactly", "specific", "exact", "precisely", "precise"];

    /// <summary>
    /// "Welche Gebiete genau …", "Quelles garanties précises …", "Які саме території …" ask which ones in particular,
    /// with the word that says so after the noun or the question word; English asks "which specific territories", and
    /// only in that order is it read as asking for the particulars a fact may not list.
    /// </summary>
    private static void WhichSpecific(List<string> words)
    {
        var which = words.IndexOf("which");
        if (which < 0)
        {
            return;
        }
        for (var i = which + 1; i < words.Count && i <= which + 3; i++)
        {
            if (Exactly.Contains(words[i]))
            {
                words.RemoveAt(i);
                words.Insert(which + 1, "specific");
                return;
            }
        }
    }
}
