namespace SupportOps.Adapters.Signatures;

/// <summary>The outcome of verifying a webhook signature.</summary>
public enum SignatureVerification
{
    /// <summary>The signature matches the body and the timestamp is within tolerance.</summary>
    Valid = 0,

    /// <summary>The signature or timestamp header is missing or empty.</summary>
    Missing,

    /// <summary>The signature or timestamp is not in the format the sender uses.</summary>
    Malformed,

    /// <summary>The timestamp is further from <c>now</c> than the tolerance allows (a replay or a skewed clock).</summary>
    TimestampOutOfTolerance,

    /// <summary>The signature does not match: the body, the timestamp or the secret differs.</summary>
    Mismatch,
}
