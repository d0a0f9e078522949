using System.Text.Json;

namespace SupportOps.Adapters.Slack.Normalization;

/// <summary>
/// Answers Slack's <c>url_verification</c> handshake: when a Request URL is configured, Slack posts
/// <c>{"type": "url_verification", "challenge": "…"}</c> and expects the challenge back.
/// </summary>
public static class SlackUrlVerification
{
    /// <summary>Reads the challenge of a handshake request.</summary>
    /// <param name="body">The raw request body (verify its signature first).</param>
    /// <param name="challenge">The challenge to return as the response body, or null.</param>
    /// <returns><see langword="true"/> when the body is a <c>url_verification</c> request with a challenge.</returns>
    public static bool TryGetChallenge(ReadOnlySpan<byte> body, out string? challenge)
    {
        challenge = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException)
        {
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.ValueEquals("url_verification"u8)
                && root.TryGetProperty("challenge", out var value) && value.ValueKind == JsonValueKind.String)
            {
                challenge = value.GetString();
                return !string.IsNullOrEmpty(challenge);
            }

            return false;
        }
    }
}
