using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using SupportOps.Adapters.Secrets;
using SupportOps.Adapters.Signatures;

namespace SupportOps.CommandCenter.LoadTests;

/// <summary>
/// Builds signed Zendesk webhook deliveries for the ingest phase: each delivery is an audits payload
/// (<c>{"audits": […], "users": […]}</c>) carrying several new tickets, each with its creating audit
/// (requester, subject, priority, group and the first customer comment) and then alternating agent
/// replies and customer messages, the first reply also opening the ticket.
/// </summary>
/// <remarks>Per ticket the normalizer yields one <c>ticket_created</c>, one <c>status_changed</c> and
/// <c>comments</c> messages, so a delivery stores <c>tickets × (comments + 2)</c> events.</remarks>
internal static class ZendeskDeliveries
{
    /// <summary>The webhook secret the harness configures on the host and signs with.</summary>
    public const string Secret = "load-test-zendesk-webhook-secret";

    private const long FirstTicket = 9_000_000;

    /// <summary>The events one delivery stores when none of it is a duplicate.</summary>
    public static int EventsPerDelivery(int ticketsPerDelivery, int comments) => ticketsPerDelivery * (comments + 2);

    /// <summary>The body of delivery <paramref name="delivery"/> (deterministic: the same index gives the same bytes).</summary>
    public static byte[] Body(int delivery, int ticketsPerDelivery, int comments, Instant now)
    {
        var audits = new List<string>();
        var users = new List<string>();
        for (var t = 0; t < ticketsPerDelivery; t++)
        {
            var ticket = FirstTicket + ((long)delivery * ticketsPerDelivery) + t;
            var requester = 50_000_000 + ticket;
            var agent = 7_000 + (ticket % 9);
            users.Add(string.Create(CultureInfo.InvariantCulture, $$"""{"id":{{requester}},"role":"end-user","name":"Customer {{ticket}}"}"""));
            users.Add(string.Create(CultureInfo.InvariantCulture, $$"""{"id":{{agent}},"role":"agent","name":"Agent {{agent}}"}"""));
            var start = now - Duration.FromMinutes(10 * (comments + 1));
            var eventId = ticket * 100;
            for (var c = 0; c < comments; c++)
            {
                var at = InstantPattern.ExtendedIso.Format(start + Duration.FromMinutes(10 * c));
                var fromCustomer = c % 2 == 0;
                var author = fromCustomer ? requester : agent;
                var channel = c == 0 ? "email" : fromCustomer ? "email" : "web";
                var body = fromCustomer
                    ? $"Our export to the billing system failed again (attempt {c / 2 + 1}); invoices for March are stuck. Order ref {ticket}-{c}."
                    : $"Thanks for the details. I have reproduced the failed export and asked the billing team to re-run it (step {c / 2 + 1}).";
                var changes = new List<string>
                {
                    string.Create(CultureInfo.InvariantCulture, $$"""{"id":{{eventId++}},"type":"Comment","author_id":{{author}},"body":"{{body}}","plain_body":"{{body}}","public":true,"attachments":[]}"""),
                };
                if (c == 0)
                {
                    changes.Add(string.Create(CultureInfo.InvariantCulture, $$"""{"id":{{eventId++}},"type":"Create","value":"{{requester}}","field_name":"requester_id"}"""));
                    changes.Add(string.Create(CultureInfo.InvariantCulture, $$"""{"id":{{eventId++}},"type":"Create","value":"Billing export failed for ticket {{ticket}}","field_name":"subject"}"""));
                    changes.Add(string.Create(CultureInfo.InvariantCulture, $$"""{"id":{{eventId++}},"type":"Create","value":"new","field_name":"status"}"""));
                    changes.Add(string.Create(CultureInfo.InvariantCulture, $$"""{"id":{{eventId++}},"type":"Create","value":"{{(ticket % 4 == 0 ? "high" : "normal")}}","field_name":"priority"}"""));
                    changes.Add(string.Create(CultureInfo.InvariantCulture, $$"""{"id":{{eventId++}},"type":"Create","value":["billing","export"],"field_name":"tags"}"""));
                    changes.Add(string.Create(CultureInfo.InvariantCulture, $$"""{"id":{{eventId++}},"type":"Create","value":"{{5001 + (ticket % 2)}}","field_name":"group_id"}"""));
                    changes.Add(string.Create(CultureInfo.InvariantCulture, $$"""{"id":{{eventId++}},"type":"Notification","subject":"Ticket received","body":"We got it","recipients":[{{requester}}]}"""));
                }
                else if (c == 1)
                {
                    changes.Add(string.Create(CultureInfo.InvariantCulture, $$"""{"id":{{eventId++}},"type":"Change","value":"open","field_name":"status","previous_value":"new"}"""));
                }

                audits.Add(string.Create(CultureInfo.InvariantCulture, $$$"""{"id":{{{ticket * 100 + 90 + c}}},"ticket_id":{{{ticket}}},"created_at":"{{{at}}}","author_id":{{{author}}},"via":{"channel":"{{{channel}}}","source":{"from":{},"to":{},"rel":null}},"events":[{{{string.Join(',', changes)}}}]}"""));
            }
        }

        return Encoding.UTF8.GetBytes($$"""{"audits":[{{string.Join(',', audits)}}],"users":[{{string.Join(',', users.Distinct())}}]}""");
    }

    /// <summary>Signs <paramref name="body"/> as Zendesk would at <paramref name="now"/>.</summary>
    public static HttpRequestMessage Request(byte[] body, Instant now)
    {
        var timestamp = InstantPattern.ExtendedIso.Format(now);
        var signature = new ZendeskWebhookSignatureVerifier(new Secret(SecretNames.ZendeskWebhookSigningSecret, Secret)).Sign(timestamp, body);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/ingest/zendesk") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add(ZendeskWebhookSignatureVerifier.SignatureHeader, signature);
        request.Headers.Add(ZendeskWebhookSignatureVerifier.TimestampHeader, timestamp);
        return request;
    }
}
