using SupportOps.Summarizer.Abstractions.Results;
using static SupportOps.Summarizer.Local.Tests.TestTickets;

namespace SupportOps.Summarizer.Local.Tests;

public sealed partial class LocalSummarizerTests
{
    [Theory]
    [InlineData("Where is my order ORD-2024-0042?", EntityType.OrderId, "ORD-2024-0042")]
    [InlineData("My order #84512 never arrived.", EntityType.OrderId, "84512")]
    [InlineData("Bestellnummer: 4711-22 fehlt.", EntityType.OrderId, "4711-22")]
    [InlineData("Invoice INV-10023 is wrong.", EntityType.InvoiceId, "INV-10023")]
    [InlineData("La facture n° 2024-118 est fausse.", EntityType.InvoiceId, "2024-118")]
    [InlineData("It fails with ERR_PAYMENT_DECLINED.", EntityType.ErrorCode, "ERR_PAYMENT_DECLINED")]
    [InlineData("Stripe says CARD_VERIFICATION_FAILED.", EntityType.ErrorCode, "CARD_VERIFICATION_FAILED")]
    [InlineData("The app shows error code: AB-1234.", EntityType.ErrorCode, "AB-1234")]
    [InlineData("Every call returns HTTP 502.", EntityType.HttpStatus, "HTTP 502")]
    [InlineData("We get 500 Internal Server Error on save.", EntityType.HttpStatus, "HTTP 500")]
    [InlineData("The response was HTTP/1.1 429 after a while.", EntityType.HttpStatus, "HTTP 429")]
    [InlineData("We keep getting 503s from the API.", EntityType.HttpStatus, "HTTP 503")]
    [InlineData("Reply to Jane.Doe@Example.COM please.", EntityType.Email, "jane.doe@example.com")]
    [InlineData("See https://status.example.com/incidents/42.", EntityType.Url, "https://status.example.com/incidents/42")]
    [InlineData("We were charged $1,299.50 twice.", EntityType.MoneyAmount, "USD 1299.50")]
    [InlineData("Es wurden 1.299,00 € abgebucht.", EntityType.MoneyAmount, "EUR 1299.00")]
    [InlineData("The plan costs 49 EUR per seat.", EntityType.MoneyAmount, "EUR 49.00")]
    [InlineData("A refund of GBP 20 is fine.", EntityType.MoneyAmount, "GBP 20.00")]
    [InlineData("The Salesforce sync is broken.", EntityType.Integration, "Salesforce")]
    [InlineData("Our ms teams notifications are late.", EntityType.Integration, "Microsoft Teams")]
    [InlineData("The shared inbox is slow.", EntityType.Product, "Shared Inbox")]
    public void Summarize_TextWithEntity_ExtractsNormalizedValue(string text, EntityType type, string value)
    {
        var result = CreateSut().Summarize(Ticket("", text), Now);

        Assert.Contains(result.Entities, entity => entity.Type == type && entity.Value == value && entity.Confidence is > 0 and <= 1);
    }

    [Theory]
    [InlineData("I placed the order 2024-11-02 and nothing happened.")]
    [InlineData("We have 500 users and 20 teams.")]
    [InlineData("Version 2.5 is great, I report this for the record.")]
    [InlineData("Call me at 10:30 please.")]
    public void Summarize_TextWithoutEntities_ExtractsNone(string text)
    {
        var result = CreateSut().Summarize(Ticket("", text), Now);

        Assert.Empty(result.Entities);
    }

    [Fact]
    public void Summarize_SameEntityTwice_ListsItOnceInOrderOfAppearance()
    {
        var result = CreateSut().Summarize(Ticket("Order ORD-5500", "Order ORD-5500 is late. Invoice INV-7001 too. ORD-5500 again."), Now);

        Assert.Equal(["ORD-5500", "INV-7001"], result.Entities.Select(entity => entity.Value));
    }

    [Fact]
    public void Summarize_CustomDictionary_RecognizesItsNames()
    {
        var dictionary = Local.Data.EntityDictionary.FromJson("""
            { "version": "acme-1", "products": [ { "name": "Rocket Planner", "aliases": ["planner", "rocket*"] } ], "integrations": [] }
            """);
        var sut = CreateSut(options => options.EntityDictionary = dictionary);

        var result = sut.Summarize(Ticket("", "The rockets view of the planner is empty."), Now);

        Assert.Equal([new KeyEntity(EntityType.Product, "Rocket Planner", 0.8)], result.Entities.AsEnumerable());
        Assert.Equal("lexicon-v1+acme-1", result.Metadata.PromptVersion);
    }

    [Fact]
    public void Summarize_MaxEntities_CapsTheList()
    {
        var text = string.Join(' ', Enumerable.Range(1000, 10).Select(id => $"Order ORD-{id} is late."));

        var result = CreateSut(options => options.MaxEntities = 3).Summarize(Ticket("", text), Now);

        Assert.Equal(3, result.Entities.Length);
    }
}
