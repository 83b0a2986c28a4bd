namespace ChatBot.Benchmarks.Synthetic;

/// <summary>Word lists, plus people and place names composed from syllables so a big store has thousands of them.</summary>
public static class Vocabulary
{
    public static readonly string[] FirstNames =
    [
        "Dan", "Steve", "Marco", "Andriy", "Kirill", "Olena", "Yulia", "Sergei", "Keith", "Jared", "Rustem", "Oleksandr",
        "Maria", "Anna", "Pavlo", "Denys", "Mikhail", "Viktor", "Kaja", "Emmanuel", "Friedrich", "Giorgia", "Donald",
        "Volodymyr", "Dmitry", "Yuri", "Iryna", "Taras", "Natalia", "Oksana", "Boris", "Ivan", "Karen", "Peter", "Laura",
        "Hakan", "Recep", "Mohammed", "Tomasz", "Radoslaw", "Petr", "Ursula", "Antonio", "Mark", "Pete", "Susie",
    ];

    public static readonly string[] Roles =
    [
        "foreign minister", "defence minister", "chief of staff", "special envoy", "national security adviser",
        "army secretary", "deputy prime minister", "chief negotiator", "presidential aide", "ambassador",
        "intelligence chief", "energy minister", "interior minister", "secretary of state",
    ];

    public static readonly string[] Countries =
    [
        "US", "UK", "French", "German", "Turkish", "Saudi", "Qatari", "Polish", "Italian", "Japanese", "Canadian",
        "Dutch", "Swedish", "Norwegian", "Danish", "Finnish", "Czech", "Swiss", "Austrian", "Spanish", "EU", "Estonian",
    ];

    public static readonly string[] Organisations =
    [
        "the regional governor", "the UN monitoring mission", "the State Emergency Service", "the OSCE", "Reuters",
        "the Red Cross", "the interior ministry", "local police", "the prosecutor general", "Ukrenergo", "the mayor's office",
        "Gazprombank", "Rosneft", "Lukoil", "Sovcomflot", "Rostec", "Alrosa", "VTB", "Sberbank", "Novatek",
    ];

    public static readonly string[] Weapons = ["missile", "drone", "glide bomb", "ballistic missile", "cruise missile", "artillery"];

    public static readonly string[] Topics =
    [
        "territory", "security guarantees", "NATO membership", "the army's size", "frozen assets", "sanctions relief",
        "the nuclear plant", "elections", "prisoner returns", "war crimes", "the Black Sea", "grain exports",
        "the front line", "reconstruction money", "language rights", "church property", "the demilitarised zone",
        "peacekeepers", "air defence", "energy infrastructure",
    ];

    public static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    public static readonly string[] OutOfScope =
    [
        "What is the weather in Paris tomorrow?", "Who won the football match last night?", "How do I bake sourdough bread?",
        "What is the capital of Australia?", "Recommend a good film for tonight", "How tall is Mount Everest?",
        "What time is it in Tokyo?", "Is the stock market open on Monday?", "How many calories are in a banana?",
        "Who wrote War and Peace?", "What is the price of bitcoin?", "How do I reset my router password?",
        "When is the next solar eclipse?", "What's the best pizza topping?", "Translate hello into Spanish",
        "How many players are on a basketball team?", "Who is the richest person in the world?",
        "What is photosynthesis?", "How far is the moon from earth?", "Can you tell me a joke?",
    ];

    private static readonly string[] Onsets = ["b", "v", "h", "d", "k", "l", "m", "n", "p", "r", "s", "t", "z", "ch", "sh", "kr", "pr", "st", "hr", "zv"];
    private static readonly string[] Vowels = ["a", "o", "e", "i", "u", "y"];
    private static readonly string[] PlaceEndings = ["ivka", "ove", "sk", "ivske", "hrad", "opil", "ets", "yn", "ivtsi", "any", "ske", "inka"];
    private static readonly string[] SurnameEndings = ["enko", "chuk", "ov", "ova", "sky", "yak", "uk", "in", "ich", "son", "berg", "ani"];

    /// <summary>Distinct made-up names; the same seed gives the same names.</summary>
    public static string[] Names(int count, int seed, bool places)
    {
        var random = new Random(seed);
        var endings = places ? PlaceEndings : SurnameEndings;
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (names.Count < count)
        {
            var syllables = 1 + random.Next(2);
            var s = "";
            for (var i = 0; i < syllables; i++)
            {
                s += Onsets[random.Next(Onsets.Length)] + Vowels[random.Next(Vowels.Length)];
            }
            s += endings[random.Next(endings.Length)];
            names.Add(char.ToUpperInvariant(s[0]) + s[1..]);
        }
        return [.. names];
    }
}
