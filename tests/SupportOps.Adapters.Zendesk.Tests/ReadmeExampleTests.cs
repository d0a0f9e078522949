using System.Text;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using SupportOps.Adapters.DeadLetters;
using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Secrets;
using SupportOps.Adapters.Signatures;
using SupportOps.Adapters.Zendesk.Mock;
using SupportOps.Adapters.Zendesk.Normalization;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.Adapters.Zendesk.Tests;

/// <summary>Keeps the adapters example offered for the root README compiling and true.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public async Task RootReadmeExample_IngestsAFolderAndVerifiesASignature()
    {
        IClock clock = new FakeClock(Instant.FromUtc(2026, 1, 2, 9, 0));
        var folder = Fixture.Folder("export");
        var signingSecret = "8f742231b10e8888abcd99yyyzzz85a5";
        var body = Encoding.UTF8.GetBytes("{\"type\":\"event_callback\"}");
        var timestamp = clock.GetCurrentInstant().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = new SlackRequestSignatureVerifier(new Secret(SecretNames.SlackSigningSecret, signingSecret)).Sign(timestamp, body);

        // --- README example ---
        var store = new InMemoryEventStore(clock);
        var pipeline = new IngestPipeline(store, new InMemoryDeadLetterStore(), new InMemoryCursorStore(), clock, Options.Create(new IngestPipelineOptions()));

        // Zendesk export pages in a folder -> timeline events, exactly once however often it runs.
        SourceIngestResult result = await pipeline.RunAsync(new ZendeskFixtureSource(folder), new ZendeskNormalizer());
        Console.WriteLine($"{result.EventsAppended} appended, {result.DuplicatesSkipped} duplicates, {result.DeadLettered} dead-lettered");

        // Webhooks: verify before parsing (constant-time, timestamp tolerance against your clock).
        var verifier = new SlackRequestSignatureVerifier(new Secret(SecretNames.SlackSigningSecret, signingSecret));
        var verdict = verifier.Verify(signature, timestamp, body, clock.GetCurrentInstant());
        // --- end of example ---

        Assert.True(result.Completed);
        Assert.True(result.EventsAppended > 0);
        Assert.Equal(SignatureVerification.Valid, verdict);
        Assert.Equal(0, (await pipeline.RunAsync(new ZendeskFixtureSource(folder), new ZendeskNormalizer())).EventsAppended);
    }
}
