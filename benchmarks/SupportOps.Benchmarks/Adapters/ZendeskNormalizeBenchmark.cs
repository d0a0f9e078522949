using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Ports;
using SupportOps.Adapters.Zendesk.Normalization;

namespace SupportOps.Benchmarks.Adapters;

/// <summary>
/// Normalizes one Zendesk <c>/tickets/{id}/comments</c> response of <see cref="Comments"/> comments into
/// timeline events (target: at least 50 000 comments per second, i.e. a mean of at most
/// <c>Comments / 50 000</c> seconds). The baseline parses the same body into a <see cref="JsonNode"/> DOM
/// and reads the same fields, without building any event.
/// </summary>
[MemoryDiagnoser]
public class ZendeskNormalizeBenchmark
{
    private SourcePayload payload = null!;
    private ZendeskNormalizer normalizer = null!;

    [Params(1_000)]
    public int Comments { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var json = new StringBuilder("{\"comments\":[");
        for (var i = 0; i < Comments; i++)
        {
            var isPublic = i % 4 != 3;
            var author = i % 2 == 0 ? 9001 : 7001;
            json.Append(CultureInfo.InvariantCulture, $$"""
                {"id":{{820000 + i}},"type":"Comment","author_id":{{author}},
                "body":"Comment {{i}}: the printer on floor 3 still shows error E-{{i % 97}} after the firmware update; we restarted it twice and cleared the queue.",
                "html_body":"<div class=\"zd-comment\"><p>Comment {{i}}: the printer on floor 3 still shows error E-{{i % 97}} after the firmware update.</p></div>",
                "plain_body":"Comment {{i}}: the printer on floor 3 still shows error E-{{i % 97}} after the firmware update.",
                "public":{{(isPublic ? "true" : "false")}},"attachments":[{{(i % 10 == 0 ? "{\"id\":1,\"file_name\":\"log.txt\",\"content_type\":\"text/plain\",\"size\":2048}" : string.Empty)}}],
                "audit_id":{{810000 + i}},"via":{"channel":"email","source":{"from":{},"to":{},"rel":null} },
                "created_at":"2026-01-0{{1 + (i % 9)}}T{{10 + (i % 12):D2}}:{{i % 60:D2}}:00Z","metadata":{"system":{},"custom":{} } }
                """);
            json.Append(i + 1 < Comments ? "," : string.Empty);
        }

        json.Append("],\"users\":[{\"id\":9001,\"role\":\"end-user\"},{\"id\":7001,\"role\":\"agent\"}],\"meta\":{\"has_more\":false}}");
        payload = new SourcePayload("comments.json", Encoding.UTF8.GetBytes(json.ToString())) { ExternalTicketId = "101" };
        normalizer = new ZendeskNormalizer();
        if (Normalize().Tickets[0].Events.Length != Comments || JsonNodeBaseline() != Comments)
        {
            throw new InvalidOperationException("The benchmark input does not normalize to one event per comment.");
        }
    }

    [Benchmark(Baseline = true)]
    public int JsonNodeBaseline()
    {
        var root = JsonNode.Parse(payload.Body.Span)!;
        var count = 0;
        foreach (var comment in root["comments"]!.AsArray())
        {
            var id = comment!["id"]!.GetValue<long>();
            var author = comment["author_id"]!.GetValue<long>();
            var body = comment["body"]!.GetValue<string>();
            var isPublic = comment["public"]!.GetValue<bool>();
            var createdAt = comment["created_at"]!.GetValue<string>();
            count += id > 0 && author > 0 && body.Length > 0 && createdAt.Length > 0 && (isPublic || !isPublic) ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    public NormalizationResult Normalize() => normalizer.Normalize(payload);
}
