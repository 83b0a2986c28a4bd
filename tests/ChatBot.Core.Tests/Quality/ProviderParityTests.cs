using Xunit.Abstractions;

namespace ChatBot.Core.Tests.Quality;

/// <summary>
/// Answer quality does not depend on the store: every question set is answered the same, question by question, from a
/// SQLite file and from a PostgreSQL database (a throwaway cluster these tests start) built the same way.
/// </summary>
public sealed class ProviderParityTests(PostgresCluster cluster, ITestOutputHelper output) : IClassFixture<PostgresCluster>
{
    private static readonly string[] SeedSets =
        ["questions.json", "holdout.json", "fresh.json", "final.json", "seed-r1.json", "seed-r2.json", "seed-r3.json", "seed-r4.json",
         "seed-r5.json", "ml-uk.json", "ml-ru.json", "ml-de.json", "ml-fr.json", "ml2-uk.json", "ml2-ru.json", "ml2-de.json", "ml2-fr.json"];

    private static readonly string[] StorySets = ["story-r1.json", "story-r2.json", "story-r3.json", "story-r4.json", "story-r5.json"];

    [Theory]
    [InlineData(QualityStore.Seed)]
    [InlineData(QualityStore.SeedFewQuestions)]
    [InlineData(QualityStore.Story)]
    public async Task Every_set_is_answered_alike_on_sqlite_and_on_postgresql(string storeKind)
    {
        var sets = storeKind == QualityStore.Story ? StorySets : SeedSets;
        using var sqlite = await QualityStore.OpenAsync(storeKind);
        using var postgres = await QualityStore.OpenAsync(storeKind, cluster.CreateDatabase());

        foreach (var file in sets)
        {
            var cases = QualityMeasure.Load(file);
            var (onSqlite, sqliteMisses) = await QualityMeasure.RunAsync(sqlite, cases);
            var (onPostgres, postgresMisses) = await QualityMeasure.RunAsync(postgres, cases);
            output.WriteLine(onPostgres.Line($"{storeKind} {file} on PostgreSQL"));

            Assert.Equal(onSqlite.Line(file), onPostgres.Line(file));
            Assert.Equal(sqliteMisses, postgresMisses);
        }
    }
}
