namespace ChatBot.Core.Matching;

/// <summary>Which of the scored candidates leads: one a curator stored the question for, or one that titles the person asked about.</summary>
public sealed partial class Matcher
{
    // Log-odds within which facts count as tied for a "who is" question.
    private const double TitledTie = 0.5;

    /// <summary>
    /// Of facts tied for a "who is" question, the one that gives the person a title says who the person is: it is moved
    /// to the front, the others keeping their order.
    /// </summary>
    private static void PreferTitled(Span<Scored> scored, double tie)
    {
        // Of facts that title the person, one giving the role in apposition says who the person is; a title written
        // before the name ("mediator Vale said…") only reports something the person did.
        if (!scored[0].Apposed && !MoveFirst(scored, tie, static c => c.Apposed) && !scored[0].Titled)
        {
            MoveFirst(scored, tie, static c => c.Titled);
        }
    }

    /// <summary>Moves the first candidate within <paramref name="tie"/> of the best that <paramref name="has"/> reads to the front.</summary>
    private static bool MoveFirst(Span<Scored> scored, double tie, Func<Scored, bool> has)
    {
        var top = Logit(scored[0].Confidence);
        for (var i = 1; i < scored.Length && top - Logit(scored[i].Confidence) <= tie; i++)
        {
            if (has(scored[i]))
            {
                var found = scored[i];
                scored[..i].CopyTo(scored[1..]);
                scored[0] = found;
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a candidate after the best one has the flag <paramref name="has"/> reads.</summary>
    private static bool Others(Span<Scored> scored, Func<Scored, bool> has)
    {
        foreach (var c in scored[1..])
        {
            if (has(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The one candidate with a stored question of exactly the asked words, or -1 (none, or several).</summary>
    private static int StoredBy(Span<Scored> scored)
    {
        var found = -1;
        for (var i = 0; i < scored.Length; i++)
        {
            if (scored[i].AsStored)
            {
                if (found >= 0)
                {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }
}
