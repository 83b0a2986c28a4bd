namespace ChatBot.Core.Matching;

/// <summary>A question reduced to what it asks for (<see cref="Kind"/>) and about (<see cref="Concepts"/>).</summary>
public sealed record AnalyzedQuestion(AnswerKind Kind, string? WhWord, IReadOnlyList<QueryConcept> Concepts)
{
    /// <summary>Id of the question word as a concept of stored questions, -1 when none.</summary>
    public int WhId { get; init; } = -1;

    /// <summary>Concept id of what a "how many" question counts ("drones"), -1 when none or unknown to the store.</summary>
    public int CountedId { get; init; } = -1;

    /// <summary>The focus groups (Lexicon/focus.txt) the question uses: "before", "next", "say"…, one bit each.</summary>
    public ulong Focus { get; init; }

    /// <summary>The owned roles the question asks about ("Germany's foreign minister").</summary>
    public IReadOnlyList<Affiliation> Affiliations { get; init; } = [];

    /// <summary>Which of <see cref="Concepts"/> names what is asked of the question's names, or -1.</summary>
    public int PredicateIndex { get; init; } = -1;

    /// <summary>When <see cref="PredicateIndex"/> names a person, the next of <see cref="Concepts"/> that may say what is asked, or -1.</summary>
    public int PredicateAfterPersonIndex { get; init; } = -1;

    /// <summary>In a short question, the last of <see cref="Concepts"/> that says what is asked, or -1.</summary>
    public int LastPredicateIndex { get; init; } = -1;

    /// <summary>The store's words related to what a "how many" question counts ("detainees" for "prisoners").</summary>
    public int[] CountedRelated { get; init; } = [];

    /// <summary>Whether a "how many" question names what it counts ("how many children…").</summary>
    public bool CountsNamedThing { get; init; }

    /// <summary>For "how long", "how old": the store's unit words one of which the answer must use (days, km, aged).</summary>
    public int[] MeasureUnits { get; init; } = [];

    public bool AsksMeasure { get; init; }

    /// <summary>
    /// The concept of the thing a question asks to be named ("Which <i>hospital</i>…?", "the name of the <i>village</i>"),
    /// or -1: a fact that mentions it only as a common noun ("a nearby village") does not name it.
    /// </summary>
    public int NamedAskedId { get; init; } = -1;

    /// <summary>
    /// "How much does the region receive right now?": what is the case at present, which a fact that only says what
    /// a plan would bring about does not state.
    /// </summary>
    public bool AsksCurrent { get; init; }

    /// <summary>A short question that opens by asking why: its answer must state a cause or a purpose.</summary>
    public bool OpensWithWhy { get; init; }

    /// <summary>The names whose words are asked ("What did Mira Holt say?"), or none (<see cref="SpeakerNames.Asked"/>).</summary>
    public int[] SpeakerIds { get; init; } = [];

    /// <summary>The place a "where in…" question names (<see cref="PlaceNames.WhereIn"/>), or -1.</summary>
    public int WhereInId { get; init; } = -1;

    /// <summary>"What is Vale's position?": the question names a role word (post, job, rank…) and asks the person's title.</summary>
    public bool AsksRole { get; init; }

    /// <summary>"When did Vale take up the post?": a time question about the start of something, not its end.</summary>
    public bool AsksStart { get; init; }

    /// <summary>"Did Telsaria agree to the swap?": a yes/no question about a past event, asked by its verb (the predicate).</summary>
    public bool AsksPastEvent { get; init; }

    /// <summary>
    /// "How many of the 63 detainees are held by Telsaria?": the whole a part is asked of, given by its number, or -1.
    /// A fact that states only that number restates the question; it does not give the part.
    /// </summary>
    public int GivenWholeId { get; init; } = -1;

    /// <summary>Whether a word of the question asks what a sum is ("price", "worth": <see cref="CurrencyWords.AsksSum"/>).</summary>
    public bool AsksSum { get; init; }

    /// <summary>"How much is it in dollars?": the currency a sum is asked in, or -1.</summary>
    public int InCurrencyId { get; init; } = -1;

    /// <summary>The season a wh-question names ("in winter"), or -1 when none or no fact uses it (<see cref="Seasons"/>).</summary>
    public int SeasonId { get; init; } = -1;

    /// <summary>When a wh-question names a season, the store's concepts of the other seasons; otherwise empty.</summary>
    public int[] OtherSeasonIds { get; init; } = [];

    /// <summary>
    /// "What did Vale do in Harrow?": what a person did is asked of names alone, with no before or after to place it
    /// (<see cref="QuestionAnalyzer"/>).
    /// </summary>
    public bool AsksDeedOfNames { get; init; }

    /// <summary>"What did Vale say about the dam?": the first of <see cref="Concepts"/> after "about", or -1.</summary>
    public int SaidAboutIndex { get; init; } = -1;

    /// <summary>
    /// "Did the ministry respond to the paper?": the concepts of seeking a response ("contact", "ask") and of the
    /// response sought ("comment"), set only when the question asks whether or how someone responded.
    /// </summary>
    public (int[] Seeking, int[] Response) ResponseSought { get; init; } = ([], []);

    /// <summary>"How many died in the strikes on Harrow?": the names the question places its event at.</summary>
    public int[] PlacedIds { get; init; } = [];

    /// <summary>"How many have died this year?": the concept the running tally is written with, or -1.</summary>
    public int TallyId { get; init; } = -1;

    /// <summary>Concepts of the words read as the kind of answer and not matched ("post", "long" in "how long").</summary>
    public int[] DroppedIds { get; init; } = [];
}
