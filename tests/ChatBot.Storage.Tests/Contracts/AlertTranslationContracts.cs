using ChatBot.Core.Alerts;
using ChatBot.Core.Curation;
using ChatBot.Core.Facts;
using ChatBot.Storage.Tests.Support;

namespace ChatBot.Storage.Tests.Contracts;

/// <summary>IAlertOutbox: a fact alert is written with the fact's curated answer in each subscriber's language.</summary>
public abstract class AlertTranslationContract(StoreSet stores) : StoreContract(stores)
{
    private IAlertOutbox Outbox => Stores.Get<IAlertOutbox>();

    private static Fact Translated(Fact fact, string ukrainian) =>
        fact with { Translations = [new FactTranslation("uk", ukrainian, ["Скільки загинуло в Тернополі?"])] };

    [Fact]
    public async Task A_ukrainian_subscriber_is_alerted_with_the_ukrainian_answer_and_the_others_with_the_english_one()
    {
        var subscriptions = Stores.Get<ISubscriptionStore>();
        foreach (var (chat, language) in new[] { (1L, "uk"), (2L, "ru"), (3L, "en"), (4L, "de") })
        {
            await subscriptions.SubscribeAsync(chat, []);
            await subscriptions.SetLanguageAsync(chat, language);
        }
        var repository = Stores.Get<ICurationRepository>();
        await repository.AddSourceAsync(TestData.Source(), TestData.Admin);
        await repository.AddFactAsync(Translated(TestData.Toll(Now), "Щонайменше 26."), "add");
        var edited = Translated(TestData.Toll(Now), "Щонайменше 27.") with { Answer = "At least 27.", Version = 2 };
        await repository.UpdateFactAsync(new FactUpdate(edited, 1), "edit");

        var due = await Outbox.GetDueAsync(Now, 10);

        Assert.Equal([1L, 2L, 3L, 4L, 1L, 2L, 3L, 4L], due.Select(d => d.ChatId));
        Assert.StartsWith("<b>Оновлення:</b> Щонайменше 26.\n<i>Скільки загинуло в Тернополі?</i>", due[0].Html, StringComparison.Ordinal);
        Assert.StartsWith("<b>Обновление:</b> At least 26.\n<i>How many died in Ternopil?</i>", due[1].Html, StringComparison.Ordinal);
        Assert.StartsWith("<b>Update:</b> At least 26.\n", due[2].Html, StringComparison.Ordinal);
        Assert.StartsWith("<b>Оновлення:</b> Щонайменше 27. <i>(було: Щонайменше 26.)</i>", due[4].Html, StringComparison.Ordinal);
        Assert.StartsWith("<b>Обновление:</b> At least 27. <i>(было: At least 26.)</i>", due[5].Html, StringComparison.Ordinal);
        Assert.StartsWith("<b>Update:</b> At least 27. <i>(was: At least 26.)</i>", due[6].Html, StringComparison.Ordinal);
        // No German answer: the German reader's alert is the English one (and no German copy of it is stored).
        Assert.Equal(due[2].Html, due[3].Html);
        Assert.Equal(due[6].Html, due[7].Html);
        Assert.All(due, d => Assert.Contains("<blockquote>At least 26 individuals died in Ternopil.</blockquote>", d.Html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_subscription_stores_its_alert_language_with_it_and_one_without_a_language_keeps_the_stored_one()
    {
        var subscriptions = Stores.Get<ISubscriptionStore>();
        await subscriptions.SubscribeAsync(1, [], "uk");
        await subscriptions.SubscribeAsync(1, ["casualties"]);
        await subscriptions.SubscribeAsync(2, [], "ru");
        await subscriptions.SubscribeAsync(2, [], "en");
        var repository = Stores.Get<ICurationRepository>();
        await repository.AddSourceAsync(TestData.Source(), TestData.Admin);
        await repository.AddFactAsync(Translated(TestData.Toll(Now), "Щонайменше 26."), "add");

        var due = await Outbox.GetDueAsync(Now, 10);

        Assert.Equal([1L, 2L], due.Select(d => d.ChatId));
        Assert.StartsWith("<b>Оновлення:</b> Щонайменше 26.", due[0].Html, StringComparison.Ordinal);
        Assert.StartsWith("<b>Update:</b> At least 26.", due[1].Html, StringComparison.Ordinal);
    }
}

public sealed class SqliteAlertTranslationTests() : AlertTranslationContract(new SqliteStoreSet());

[Collection(OnPostgres.Name)]
public sealed class PostgresAlertTranslationTests(PostgresCluster cluster) : AlertTranslationContract(new PostgresStoreSet(cluster));
