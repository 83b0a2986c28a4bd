using ChatBot.Core.Facts;

namespace ChatBot.Storage.Tests.Support;

/// <summary>A small store: one source, two facts citing it, one synonym group.</summary>
public static class TestData
{
    public static readonly DateOnly Day = new(2025, 11, 20);

    public static Source Source(string id = "src", string? url = "https://example.org/a") =>
        new(id, "Title", "Outlet", url, Day, "At least 26 individuals died in Ternopil. Kellogg will vacate his position in January.");

    public static Fact Toll(DateTimeOffset at) => new("toll", "How many died in Ternopil?", ["ternopil death toll"], "At least 26.",
        [new Quote("src", "At least 26 individuals died in Ternopil.")], ["casualties"], Day, CreatedBy: "tg:1 Admin", CreatedAt: at,
        UpdatedBy: "tg:1 Admin", UpdatedAt: at);

    public static Fact Kellogg(DateTimeOffset at) => new("kellogg", "When is Kellogg leaving?", [], "In January.",
        [new Quote("src", "Kellogg will vacate his position in January.")], ["us-politics"], Day, CreatedBy: "tg:1 Admin", CreatedAt: at,
        UpdatedBy: "tg:1 Admin", UpdatedAt: at);

    public static SeedData Seed() => new([Source()], [Toll(default), Kellogg(default)], [["kill", "died"]]);

    public static readonly ChatBot.Core.Curation.Actor Admin = new(1, "Admin");
}
