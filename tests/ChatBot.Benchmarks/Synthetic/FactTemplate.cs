namespace ChatBot.Benchmarks.Synthetic;

/// <summary>
/// One kind of fact. Placeholders: {P} {P2} people, {R} role, {L} place, {C} country, {O} organisation, {N} number,
/// {K} small number, {D} date, {W} weapon, {T} topic. The last question form is never stored: it is the unseen
/// paraphrase a user might type.
/// </summary>
public sealed record FactTemplate(string Tag, string[] Questions, string Answer, string[] Quotes);
