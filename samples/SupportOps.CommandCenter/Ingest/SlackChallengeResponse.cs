namespace SupportOps.CommandCenter.Ingest;

/// <summary>The answer to Slack's <c>url_verification</c> handshake.</summary>
/// <param name="Challenge">The challenge Slack sent, echoed.</param>
public sealed record SlackChallengeResponse(string Challenge);
