using ChatBot.Storage.Languages;
using ChatBot.Storage.Privacy;
using Microsoft.Data.Sqlite;

namespace ChatBot.Storage.Tests;

/// <summary>The /language choices in SQLite: set, replaced, reset, kept per user, forgotten with the user.</summary>
public sealed class UserLanguagesTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("chatbot-languages-").FullName;
    private readonly SqliteDatabase _db;
    private readonly SqliteUserLanguages _languages;

    public UserLanguagesTests()
    {
        _db = new SqliteDatabase(Path.Combine(_folder, "l.db"));
        _db.Migrate();
        _languages = new SqliteUserLanguages(_db);
    }

    [Fact]
    public async Task A_choice_is_stored_replaced_and_reset_per_user()
    {
        Assert.Null(await _languages.GetAsync(1));

        await _languages.SetAsync(1, "uk", At);
        await _languages.SetAsync(2, "de", At);
        await _languages.SetAsync(1, "ru", At.AddMinutes(1));

        Assert.Equal("ru", await _languages.GetAsync(1));
        Assert.Equal("de", await _languages.GetAsync(2));
        await _languages.SetAsync(1, null, At.AddMinutes(2));
        Assert.Null(await _languages.GetAsync(1));
        Assert.Equal("de", await _languages.GetAsync(2));
    }

    [Fact]
    public async Task Forgetting_a_user_deletes_their_choice_and_nobody_elses()
    {
        await _languages.SetAsync(1, "uk", At);
        await _languages.SetAsync(2, "ru", At);

        await new SqlitePrivacyStore(_db).ForgetUserAsync(1);

        Assert.Null(await _languages.GetAsync(1));
        Assert.Equal("ru", await _languages.GetAsync(2));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
