using ChatBot.Storage.Postgres;

namespace ChatBot.Storage.Tests.Replicas;

/// <summary>Named placeholders become PostgreSQL's positional ones where Npgsql would have put them, and nowhere else.</summary>
public sealed class PositionalSqlTests
{
    [Fact]
    public void Placeholders_outside_quotes_and_comments_are_numbered_by_first_use_and_a_repeated_one_keeps_its_number()
    {
        const string Sql = """
            SELECT @b, '@a', 'it''s @a', "@a", @a -- @a
            , /* @a */ $$@a$$, $tag$ @a $tag$, @B::int, x@a, @ab, $1
            """;

        var positional = PositionalSql.Of(Sql, [("a", 1), ("b", 2), ("ab", 3)]);

        Assert.NotNull(positional);
        Assert.Equal("""
            SELECT $1, '@a', 'it''s @a', "@a", $2 -- @a
            , /* @a */ $$@a$$, $tag$ @a $tag$, $1::int, x@a, $3, $1
            """, positional.Sql);
        Assert.Equal(["b", "a", "ab"], positional.Names);
    }

    [Fact]
    public void A_statement_using_a_name_that_was_not_given_is_left_to_npgsql()
    {
        Assert.Null(PositionalSql.Of("SELECT @a, @missing", [("a", 1)]));
        Assert.NotNull(PositionalSql.Of("SELECT @a", [("a", 1), ("unused", 2)]));
    }
}
