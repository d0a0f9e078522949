using NodaTime;

namespace SupportOps.SlaEngine.Timers;

/// <summary>A warning threshold that a timer cycle reached, and when.</summary>
/// <param name="Threshold">The threshold reached.</param>
/// <param name="ReachedAt">The instant at which the running business time reached it.</param>
public readonly record struct SlaWarning(SlaWarningThreshold Threshold, Instant ReachedAt);
