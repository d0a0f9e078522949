namespace SupportOps.RiskModel.Internal;

/// <summary>
/// What one value of an input contributes through a pair of factors of which at most one applies: priority
/// (<c>PRIORITY_P0</c> / <c>PRIORITY_P1</c>), channel (<c>LIVE_CHANNEL</c> / <c>SOCIAL_CHANNEL</c>) or status
/// (<c>ON_HOLD</c> / <c>PENDING_CUSTOMER</c>). The scorer builds one per input value from its options, so scoring
/// looks the pair up instead of testing the value against each factor.
/// </summary>
/// <param name="Weight">What the value adds to the score: the applying factor's weight, or +0 when neither applies.</param>
/// <param name="First">The first factor's contribution (its weight when it applies, otherwise +0).</param>
/// <param name="Second">The second factor's contribution (its weight when it applies, otherwise +0).</param>
/// <param name="RankKey">The applying factor's ranking key, or 0 when neither applies (see the scorer's <c>Key</c>).</param>
internal readonly record struct ExclusiveFactorPair(double Weight, float First, float Second, ulong RankKey);
