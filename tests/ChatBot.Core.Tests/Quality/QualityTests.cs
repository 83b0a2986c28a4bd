using Xunit.Abstractions;

namespace ChatBot.Core.Tests.Quality;

/// <summary>
/// The matcher measured on question sets written apart from the stored questions: paraphrases, descriptions, typos,
/// terse and long phrasings, and out-of-scope near-misses. questions.json was used while tuning; holdout.json was
/// written by another author and never tuned on, though its results were looked at while choosing rules; later sets
/// were each written by an author who read only the source article, measured once with the matcher frozen, and only
/// then studied (README "Answer quality" says which were tuned on afterwards). The seed-3q store keeps three stored
/// questions per fact, as real curators write; the story store is a fictional article curated through /addfact.
/// </summary>
public sealed class QualityTests(ITestOutputHelper output)
{
    // Floors sit a few points under what was measured (README "Answer quality"); a set may grow but not shrink.
    [Theory]
    [InlineData(QualityStore.Seed, "questions.json", 236, 88, 0.93, 0.94, 0.03)]
    [InlineData(QualityStore.Seed, "holdout.json", 140, 70, 0.90, 0.95, 0.04)]
    [InlineData(QualityStore.Seed, "fresh.json", 100, 50, 0.85, 0.89, 0.05)]
    [InlineData(QualityStore.Seed, "final.json", 75, 45, 0.89, 0.92, 0.04)]
    [InlineData(QualityStore.Seed, "seed-r1.json", 118, 52, 0.84, 0.89, 0.03)]
    [InlineData(QualityStore.SeedFewQuestions, "holdout.json", 140, 70, 0.83, 0.95, 0.07)]
    [InlineData(QualityStore.SeedFewQuestions, "fresh.json", 100, 50, 0.78, 0.89, 0.05)]
    [InlineData(QualityStore.SeedFewQuestions, "final.json", 75, 45, 0.85, 0.88, 0.04)]
    [InlineData(QualityStore.SeedFewQuestions, "seed-r1.json", 118, 52, 0.82, 0.89, 0.04)]
    [InlineData(QualityStore.Story, "story-r1.json", 107, 48, 0.72, 0.88, 0.03)]
    [InlineData(QualityStore.Seed, "seed-r2.json", 120, 50, 0.88, 0.83, 0.02)]
    [InlineData(QualityStore.SeedFewQuestions, "seed-r2.json", 120, 50, 0.87, 0.89, 0.05)]
    [InlineData(QualityStore.Story, "story-r2.json", 109, 46, 0.78, 0.97, 0.04)]
    [InlineData(QualityStore.Seed, "seed-r3.json", 111, 44, 0.90, 0.90, 0.03)]
    [InlineData(QualityStore.Story, "story-r3.json", 103, 44, 0.81, 0.92, 0.03)]
    [InlineData(QualityStore.Seed, "seed-r4.json", 111, 46, 0.86, 0.90, 0.03)]
    [InlineData(QualityStore.SeedFewQuestions, "seed-r4.json", 111, 46, 0.84, 0.94, 0.05)]
    [InlineData(QualityStore.Story, "story-r4.json", 111, 45, 0.84, 0.90, 0.05)]
    [InlineData(QualityStore.Seed, "seed-r5.json", 132, 57, 0.90, 0.90, 0.03)]
    [InlineData(QualityStore.SeedFewQuestions, "seed-r5.json", 132, 57, 0.83, 0.95, 0.04)]
    [InlineData(QualityStore.Story, "story-r5.json", 138, 56, 0.82, 0.95, 0.02)]
    [InlineData(QualityStore.Seed, "seed-r6.json", 137, 53, 0.87, 0.89, 0.04)]
    [InlineData(QualityStore.SeedFewQuestions, "seed-r6.json", 137, 53, 0.80, 0.89, 0.06)]
    [InlineData(QualityStore.Story, "story-r6.json", 166, 52, 0.81, 0.95, 0.02)]
    [InlineData(QualityStore.Seed, "seed-r7.json", 154, 60, 0.83, 0.85, 0.03)]
    [InlineData(QualityStore.SeedFewQuestions, "seed-r7.json", 154, 60, 0.84, 0.88, 0.03)]
    [InlineData(QualityStore.Story, "story-r7.json", 166, 61, 0.77, 0.93, 0.04)]
    [InlineData(QualityStore.Seed, "seed-r8.json", 168, 74, 0.86, 0.94, 0.02)]
    [InlineData(QualityStore.SeedFewQuestions, "seed-r8.json", 168, 74, 0.79, 0.92, 0.04)]
    [InlineData(QualityStore.Story, "story-r8.json", 205, 80, 0.75, 0.88, 0.04)]
    [InlineData(QualityStore.Seed, "seed-r9.json", 205, 94, 0.89, 0.91, 0.03)]
    [InlineData(QualityStore.SeedFewQuestions, "seed-r9.json", 205, 94, 0.88, 0.92, 0.04)]
    [InlineData(QualityStore.Story, "story-r9.json", 261, 90, 0.76, 0.92, 0.04)]
    [InlineData(QualityStore.Seed, "seed-r10.json", 202, 95, 0.84, 0.84, 0.03)]
    [InlineData(QualityStore.SeedFewQuestions, "seed-r10.json", 202, 95, 0.81, 0.91, 0.03)]
    [InlineData(QualityStore.Story, "story-r10.json", 246, 92, 0.75, 0.92, 0.04)]
    [InlineData(QualityStore.Seed, "seed-r11.json", 219, 95, 0.87, 0.91, 0.03)]
    [InlineData(QualityStore.SeedFewQuestions, "seed-r11.json", 219, 95, 0.84, 0.92, 0.04)]
    [InlineData(QualityStore.Story, "story-r11.json", 250, 90, 0.79, 0.89, 0.04)]
    [InlineData(QualityStore.Seed, "seed-r12.json", 224, 94, 0.89, 0.91, 0.03)]
    [InlineData(QualityStore.SeedFewQuestions, "seed-r12.json", 224, 94, 0.82, 0.90, 0.06)]
    [InlineData(QualityStore.Story, "story-r12.json", 250, 90, 0.81, 0.93, 0.05)]
    [InlineData(QualityStore.Seed, "seed-r13.json", 228, 95, 0.85, 0.90, 0.05)]
    [InlineData(QualityStore.SeedFewQuestions, "seed-r13.json", 228, 95, 0.82, 0.91, 0.06)]
    [InlineData(QualityStore.Story, "story-r13.json", 259, 90, 0.81, 0.91, 0.05)]
    [InlineData(QualityStore.Seed, "seed-r14.json", 225, 93, 0.89, 0.92, 0.03)]
    [InlineData(QualityStore.SeedFewQuestions, "seed-r14.json", 225, 93, 0.85, 0.92, 0.04)]
    [InlineData(QualityStore.Story, "story-r14.json", 253, 92, 0.82, 0.92, 0.04)]
    [InlineData(QualityStore.Seed, "seed-r15.json", 220, 95, 0.90, 0.86, 0.03)]
    [InlineData(QualityStore.SeedFewQuestions, "seed-r15.json", 220, 95, 0.87, 0.87, 0.04)]
    [InlineData(QualityStore.Story, "story-r15.json", 249, 95, 0.83, 0.91, 0.04)]
    [InlineData(QualityStore.Seed, "seed-r16.json", 218, 100, 0.91, 0.85, 0.02)]
    [InlineData(QualityStore.SeedFewQuestions, "seed-r16.json", 218, 100, 0.89, 0.89, 0.03)]
    [InlineData(QualityStore.Story, "story-r16.json", 249, 98, 0.86, 0.91, 0.04)]
    [InlineData(QualityStore.Seed, "seed-r17.json", 162, 65, 0.85, 0.87, 0.03)]
    [InlineData(QualityStore.SeedFewQuestions, "seed-r17.json", 162, 65, 0.82, 0.90, 0.04)]
    [InlineData(QualityStore.Story, "story-r17.json", 163, 54, 0.76, 0.93, 0.04)]
    [InlineData(QualityStore.Seed, "seed-r18.json", 159, 54, 0.81, 0.80, 0.04)]
    [InlineData(QualityStore.SeedFewQuestions, "seed-r18.json", 159, 54, 0.85, 0.84, 0.04)]
    [InlineData(QualityStore.Story, "story-r18.json", 170, 57, 0.73, 0.91, 0.05)]
    [InlineData(QualityStore.Seed, "seed-r19.json", 166, 75, 0.91, 0.89, 0.04)]
    [InlineData(QualityStore.SeedFewQuestions, "seed-r19.json", 166, 75, 0.86, 0.87, 0.04)]
    [InlineData(QualityStore.Story, "story-r19.json", 169, 70, 0.81, 0.85, 0.05)]
    [InlineData(QualityStore.Seed, "ml-uk.json", 45, 18, 0.88, 0.97, 0.02)]
    [InlineData(QualityStore.Seed, "ml-ru.json", 45, 18, 0.92, 0.97, 0.02)]
    [InlineData(QualityStore.Seed, "ml-de.json", 25, 8, 0.81, 0.97, 0.09)]
    [InlineData(QualityStore.Seed, "ml-fr.json", 25, 8, 0.81, 0.97, 0.09)]
    [InlineData(QualityStore.Seed, "ml2-uk.json", 62, 22, 0.92, 0.92, 0.04)]
    [InlineData(QualityStore.Seed, "ml2-ru.json", 63, 22, 0.89, 0.97, 0.04)]
    [InlineData(QualityStore.Seed, "ml2-de.json", 33, 10, 0.84, 0.90, 0.07)]
    [InlineData(QualityStore.Seed, "ml2-fr.json", 33, 10, 0.87, 0.97, 0.02)]
    [InlineData(QualityStore.Seed, "ml3-uk.json", 70, 23, 0.85, 0.88, 0.06)]
    [InlineData(QualityStore.Seed, "ml3-ru.json", 71, 23, 0.92, 0.92, 0.04)]
    [InlineData(QualityStore.Seed, "ml3-de.json", 39, 11, 0.94, 0.97, 0.05)]
    [InlineData(QualityStore.Seed, "ml3-fr.json", 43, 11, 0.85, 0.97, 0.09)]
    [InlineData(QualityStore.Seed, "ml4-uk.json", 91, 26, 0.90, 0.97, 0.05)]
    [InlineData(QualityStore.Seed, "ml4-ru.json", 94, 25, 0.89, 0.89, 0.04)]
    [InlineData(QualityStore.Seed, "ml4-de.json", 50, 12, 0.89, 0.97, 0.02)]
    [InlineData(QualityStore.Seed, "ml4-fr.json", 48, 12, 0.82, 0.88, 0.04)]
    [InlineData(QualityStore.Seed, "ml5-uk.json", 107, 26, 0.88, 0.89, 0.06)]
    [InlineData(QualityStore.Seed, "ml5-ru.json", 107, 26, 0.87, 0.89, 0.02)]
    [InlineData(QualityStore.Seed, "ml5-de.json", 56, 16, 0.89, 0.97, 0.02)]
    [InlineData(QualityStore.Seed, "ml5-fr.json", 56, 16, 0.86, 0.97, 0.06)]
    [InlineData(QualityStore.Seed, "ml6-uk.json", 182, 34, 0.89, 0.88, 0.05)]
    [InlineData(QualityStore.Seed, "ml6-ru.json", 185, 34, 0.85, 0.88, 0.04)]
    [InlineData(QualityStore.Seed, "ml6-de.json", 77, 21, 0.90, 0.87, 0.04)]
    [InlineData(QualityStore.Seed, "ml6-fr.json", 76, 21, 0.90, 0.97, 0.02)]
    [InlineData(QualityStore.Seed, "ml7-uk.json", 200, 35, 0.88, 0.91, 0.05)]
    [InlineData(QualityStore.Seed, "ml7-ru.json", 198, 36, 0.87, 0.91, 0.05)]
    [InlineData(QualityStore.Seed, "ml7-de.json", 82, 22, 0.86, 0.97, 0.05)]
    [InlineData(QualityStore.Seed, "ml7-fr.json", 81, 22, 0.85, 0.83, 0.04)]
    [InlineData(QualityStore.Seed, "ml8-uk.json", 189, 36, 0.85, 0.97, 0.06)]
    [InlineData(QualityStore.Seed, "ml8-ru.json", 190, 36, 0.88, 0.88, 0.05)]
    [InlineData(QualityStore.Seed, "ml8-de.json", 90, 22, 0.88, 0.87, 0.02)]
    [InlineData(QualityStore.Seed, "ml8-fr.json", 88, 22, 0.85, 0.83, 0.02)]
    [InlineData(QualityStore.Seed, "ml9-uk.json", 193, 36, 0.86, 0.85, 0.04)]
    [InlineData(QualityStore.Seed, "ml9-ru.json", 192, 36, 0.89, 0.85, 0.03)]
    [InlineData(QualityStore.Seed, "ml9-de.json", 90, 22, 0.89, 0.92, 0.04)]
    [InlineData(QualityStore.Seed, "ml9-fr.json", 89, 22, 0.88, 0.78, 0.04)]
    [InlineData(QualityStore.Seed, "ml10-uk.json", 191, 36, 0.84, 0.94, 0.06)]
    [InlineData(QualityStore.Seed, "ml10-ru.json", 191, 36, 0.87, 0.94, 0.04)]
    [InlineData(QualityStore.Seed, "ml10-de.json", 90, 22, 0.84, 0.97, 0.06)]
    [InlineData(QualityStore.Seed, "ml10-fr.json", 90, 22, 0.81, 0.92, 0.08)]
    [InlineData(QualityStore.Seed, "ml11-uk.json", 183, 36, 0.89, 0.91, 0.04)]
    [InlineData(QualityStore.Seed, "ml11-ru.json", 182, 35, 0.88, 0.91, 0.05)]
    [InlineData(QualityStore.Seed, "ml11-de.json", 89, 22, 0.88, 0.97, 0.02)]
    [InlineData(QualityStore.Seed, "ml11-fr.json", 88, 22, 0.85, 0.92, 0.05)]
    [InlineData(QualityStore.Seed, "ml12-uk.json", 181, 36, 0.86, 0.94, 0.04)]
    [InlineData(QualityStore.Seed, "ml12-ru.json", 178, 36, 0.91, 0.97, 0.02)]
    [InlineData(QualityStore.Seed, "ml12-de.json", 89, 22, 0.86, 0.97, 0.02)]
    [InlineData(QualityStore.Seed, "ml12-fr.json", 87, 22, 0.84, 0.97, 0.04)]
    [InlineData(QualityStore.Seed, "ml13-uk.json", 179, 38, 0.86, 0.91, 0.05)]
    [InlineData(QualityStore.Seed, "ml13-ru.json", 177, 38, 0.90, 0.97, 0.02)]
    [InlineData(QualityStore.Seed, "ml13-de.json", 95, 23, 0.85, 0.88, 0.02)]
    [InlineData(QualityStore.Seed, "ml13-fr.json", 94, 23, 0.89, 0.92, 0.05)]
    [InlineData(QualityStore.Seed, "ml14-uk.json", 143, 24, 0.85, 0.88, 0.03)]
    [InlineData(QualityStore.Seed, "ml14-ru.json", 142, 29, 0.88, 0.93, 0.04)]
    [InlineData(QualityStore.Seed, "ml14-de.json", 74, 11, 0.87, 0.97, 0.02)]
    [InlineData(QualityStore.Seed, "ml14-fr.json", 79, 19, 0.83, 0.81, 0.05)]
    [InlineData(QualityStore.Seed, "ml15-uk.json", 144, 17, 0.83, 0.85, 0.05)]
    [InlineData(QualityStore.Seed, "ml15-ru.json", 153, 28, 0.87, 0.93, 0.06)]
    [InlineData(QualityStore.Seed, "ml15-de.json", 76, 15, 0.83, 0.97, 0.04)]
    [InlineData(QualityStore.Seed, "ml15-fr.json", 88, 18, 0.87, 0.97, 0.03)]
    [InlineData(QualityStore.Seed, "ml16-uk.json", 79, 12, 0.83, 0.88, 0.04)]
    [InlineData(QualityStore.Seed, "ml16-ru.json", 74, 16, 0.86, 0.90, 0.06)]
    [InlineData(QualityStore.Seed, "ml16-de.json", 40, 4, 0.87, 0.97, 0.03)]
    [InlineData(QualityStore.Seed, "ml16-fr.json", 48, 9, 0.80, 0.97, 0.07)]
    public async Task Question_set_stays_above_its_accuracy_abstention_and_citation_floors(
        string storeKind, string file, int inScope, int outOfScope, double top1, double abstention, double wrongAnswers)
    {
        using var store = await QualityStore.OpenAsync(storeKind);
        var (report, misses) = await QualityMeasure.RunAsync(store, QualityMeasure.Load(file));
        output.WriteLine(report.Line($"{storeKind} {file}"));
        output.WriteLine("Not answered as expected:\n" + misses);
        Console.WriteLine(report.Line($"{storeKind} {file}"));

        Assert.True(report.InScope >= inScope && report.OutOfScope >= outOfScope, $"{file} is smaller than its floors are defined on");
        Assert.True(report.Top1 >= top1, $"in-scope top-1 {report.Top1:P1} is below {top1:P0}");
        Assert.True(report.Abstention >= abstention, $"out-of-scope abstention {report.Abstention:P1} is below {abstention:P0}");
        Assert.True(report.WrongAnswers <= wrongAnswers, $"wrong answers {report.WrongAnswers:P1} exceed {wrongAnswers:P0}");
        Assert.Equal(1.0, report.Verbatim);
    }
}
