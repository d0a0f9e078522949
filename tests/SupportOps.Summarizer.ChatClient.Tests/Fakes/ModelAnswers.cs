namespace SupportOps.Summarizer.ChatClient.Tests.Fakes;

internal static class ModelAnswers
{
    public const string Valid = """
        {
          "summary": "Checkout returns HTTP 502 for all customers since 08:40. The customer asks for an urgent fix.",
          "entities": [ { "type": "http_status", "value": "HTTP 502", "confidence": 0.97 }, { "type": "product", "value": "Checkout", "confidence": 0.9 } ],
          "sentiment": { "label": "negative", "score": -0.55 },
          "response_type": "escalate",
          "next_actions": [
            { "action": "page_oncall", "rationale": "All customers are affected.", "confidence": 0.92 },
            { "action": "send_status_update", "rationale": "The customer needs an acknowledgement.", "confidence": 0.8 }
          ],
          "escalation_reason": "outage"
        }
        """;

    public static string Replace(string from, string to) => Valid.Replace(from, to, StringComparison.Ordinal);
}
