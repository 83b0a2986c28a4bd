using ChatBot.Core.Languages;
using ChatBot.Core.Privacy;
using ChatBot.Storage.Tests.Support;

namespace ChatBot.Storage.Tests.Contracts;

/// <summary>IUserLanguages: the /language choices, set, replaced, reset, kept per user, forgotten with the user.</summary>
public abstract class UserLanguagesContract(StoreSet stores) : StoreContract(stores)
{
    private IUserLanguages Languages => Stores.Get<IUserLanguages>();

    [Fact]
    public async Task A_choice_is_stored_replaced_and_reset_per_user()
    {
        Assert.Null(await Languages.GetAsync(1));

        await Languages.SetAsync(1, "uk", Now);
        await Languages.SetAsync(2, "de", Now);
        await Languages.SetAsync(1, "ru", Now.AddMinutes(1));

        Assert.Equal("ru", await Languages.GetAsync(1));
        Assert.Equal("de", await Languages.GetAsync(2));
        await Languages.SetAsync(1, null, Now.AddMinutes(2));
        await Languages.SetAsync(3, null, Now.AddMinutes(2));   // nothing to reset: no error
        Assert.Null(await Languages.GetAsync(1));
        Assert.Null(await Languages.GetAsync(3));
        Assert.Equal("de", await Languages.GetAsync(2));
    }

    [Fact]
    public async Task Forgetting_a_user_deletes_their_choice_and_nobody_elses()
    {
        await Languages.SetAsync(1, "uk", Now);
        await Languages.SetAsync(2, "ru", Now);

        await Stores.Get<IPrivacyStore>().ForgetUserAsync(1);

        Assert.Null(await Languages.GetAsync(1));
        Assert.Equal("ru", await Languages.GetAsync(2));
    }
}

public sealed class SqliteUserLanguagesTests() : UserLanguagesContract(new SqliteStoreSet());

[Collection(OnPostgres.Name)]
public sealed class PostgresUserLanguagesTests(PostgresCluster cluster) : UserLanguagesContract(new PostgresStoreSet(cluster));
