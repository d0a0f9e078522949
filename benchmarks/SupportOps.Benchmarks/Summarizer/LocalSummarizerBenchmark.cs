using System.Text.Json;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using NodaTime;
using SupportOps.Summarizer.Abstractions.Canonicalization;
using SupportOps.Summarizer.Abstractions.Requests;
using SupportOps.Summarizer.Abstractions.Results;
using SupportOps.Summarizer.Local;

namespace SupportOps.Benchmarks.Summarizer;

/// <summary>
/// A local summary of a 20-message ticket (target: at most 200 µs). The baseline is a naive reference
/// doing the same kind of work the obvious way: regexes constructed on every call for HTML stripping,
/// sentence splitting and entity patterns, and a lower-cased <c>Contains</c> scan of every lexicon phrase
/// over every sentence.
/// </summary>
[MemoryDiagnoser]
public class LocalSummarizerBenchmark
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 27, 12, 0);

    private static readonly string[] EntityPatterns =
    [
        @"\bORD(?:ER)?[-_#]?\d[\dA-Z]*(?:-[\dA-Z]+)*\b",
        @"\b(?:order|bestellung|pedido|commande)\s*(?:#|no\.?|number)?\s*[:#]?\s*(?<id>[A-Z0-9][A-Z0-9-]{2,}[A-Z0-9])\b",
        @"\bINV[-_#]?\d[\dA-Z]*(?:-[\dA-Z]+)*\b",
        @"\b(?:invoice|rechnung|factura|facture)\s*(?:#|no\.?|number)?\s*[:#]?\s*(?<id>[A-Z0-9][A-Z0-9-]{2,}[A-Z0-9])\b",
        @"\b(?:ERR|E)_[A-Z0-9]+(?:_[A-Z0-9]+)*\b",
        @"\bHTTP(?:/[\d.]+)?\s*[:-]?\s*(?<code>[1-5]\d{2})\b",
        @"\b(?<code>[1-5]\d{2})\s*(?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out|Not Found|Forbidden|Unauthorized)\b",
        @"\b[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}\b",
        @"\bhttps?://[^\s<>""'\]\)]+",
        @"(?<cur>[$€£¥])\s?(?<amt>\d+(?:[.,]\d{1,2})?)",
        @"(?<amt>\d+(?:[.,]\d{1,2})?)\s?(?<cur>[€$£]|USD|EUR|GBP)",
    ];

    private LocalSummarizer _summarizer = null!;
    private SummaryRequest _request = null!;
    private string[] _phrases = [];

    [GlobalSetup]
    public void Setup()
    {
        _summarizer = new LocalSummarizer(new LocalSummarizerOptions(), new FixedClock(Now));
        _request = TwentyMessageTicket();
        using var stream = typeof(LocalSummarizer).Assembly.GetManifestResourceStream("SupportOps.Summarizer.Local.Resources.lexicon.v1.json")!;
        using var lexicon = JsonDocument.Parse(stream);
        _phrases = lexicon.RootElement.GetProperty("cues").EnumerateObject()
            .SelectMany(list => list.Value.EnumerateArray().Select(phrase => phrase.GetString()!.TrimEnd('*')))
            .Concat(lexicon.RootElement.GetProperty("sentiment").GetProperty("words").EnumerateObject().Select(word => word.Name.TrimEnd('*')))
            .ToArray();
        if (_summarizer.Summarize(_request, Now).Entities.IsEmpty || NaiveReference().Count == 0)
        {
            throw new InvalidOperationException("The benchmark ticket must produce entities.");
        }
    }

    [Benchmark(Baseline = true, Description = "Naive reference (regex per call, phrase Contains scan)")]
    public List<string> NaiveReference()
    {
        var found = new List<string>();
        var cueHits = 0;
        foreach (var message in _request.Messages.OrderBy(message => message.SentAt).TakeLast(20))
        {
            var text = new Regex("<[^>]+>").Replace(message.Text, "\n");
            text = System.Net.WebUtility.HtmlDecode(text);
            foreach (var pattern in EntityPatterns)
            {
                foreach (Match match in new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Matches(text))
                {
                    if (!found.Contains(match.Value))
                    {
                        found.Add(match.Value);
                    }
                }
            }

            foreach (var sentence in new Regex(@"(?<=[.!?])\s+|\n").Split(text))
            {
                var lower = sentence.ToLowerInvariant();
                foreach (var phrase in _phrases)
                {
                    if (lower.Contains(phrase, StringComparison.Ordinal))
                    {
                        cueHits++;
                    }
                }
            }
        }

        found.Add(cueHits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return found;
    }

    [Benchmark(Description = "LocalSummarizer.Summarize (20 messages)")]
    public SummaryResult LocalSummary() => _summarizer.Summarize(_request, Now);

    [Benchmark(Description = "Inputs hash only (canonical form + SHA-256)")]
    public string InputsHash() => _summarizer.Canonicalizer.ComputeHash(_request);

    /// <summary>A realistic 20-message thread: plain and HTML email, ids, codes, amounts, agents and customer.</summary>
    internal static SummaryRequest TwentyMessageTicket()
    {
        string[] customer =
        [
            "Hi team, since this morning our checkout fails for some customers with HTTP 502 Bad Gateway. Order ORD-2026-11812 and ORD-2026-11813 were charged but never confirmed. Can you check?",
            "<div><p>Here is the screenshot from our <b>Stripe</b> dashboard: the charge of <b>$249.00</b> went through.</p><p>Error in our logs: ERR_WEBHOOK_TIMEOUT after 30s.</p><p>Thanks,<br>Maria</p></div>",
            "We also see 504 Gateway Timeout on https://shop.example-store.com/checkout/confirm around 09:12 UTC.",
            "Still happening. This is getting really frustrating, we are losing orders every hour.",
            "Our finance team (finance@example-store.com) asks whether invoice INV-30017 will be corrected for the failed orders.",
            "The webhooks endpoint shows 401 Unauthorized since we rotated the secret, could that be related?",
            "We rolled back the secret rotation, still the same ERR_WEBHOOK_TIMEOUT.",
            "Any update? Our Salesforce sync is now also behind because of the missing orders.",
            "I attached the HAR file. Please escalate, we are an enterprise customer and the SLA is about to breach.",
            "Thank you, the fix seems to work for new orders. Can you refund the duplicate charge of €89,00 on order ORD-2026-11820?",
        ];
        string[] agent =
        [
            "Thanks Maria, we are looking into the 502 errors now.",
            "Could you send the request ids of two failing checkouts?",
            "We forwarded this to the payments team.",
            "The payments team sees webhook timeouts on our side as well.",
            "We are deploying a fix for the webhook retry logic.",
            "The fix is rolling out region by region.",
            "Could you confirm whether new orders are confirmed now?",
            "We have escalated this internally and will update you within the hour.",
            "The rollout is complete; please check again.",
            "Happy to help with the refund, we will process it today.",
        ];
        var opened = Now - Duration.FromHours(8);
        var messages = new List<TicketMessage>();
        for (var i = 0; i < 10; i++)
        {
            messages.Add(new TicketMessage(ActorKind.Customer, opened + Duration.FromMinutes(40 * i), Channel.Email, customer[i]));
            messages.Add(new TicketMessage(ActorKind.Agent, opened + Duration.FromMinutes((40 * i) + 20), Channel.Email, agent[i]));
        }

        return new SummaryRequest("Checkout fails with HTTP 502 - orders charged but not confirmed", messages)
        {
            Tags = ["checkout", "payments", "webhooks"],
            CustomerTier = CustomerTier.Enterprise,
            SlaRisk = new SlaRisk(82, breached: false),
        };
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
