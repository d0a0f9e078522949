using NodaTime;

namespace SupportOps.RiskModel.Forecasting;

/// <summary>Adds business time to an instant following a business calendar that the caller owns (for example the SLA
/// engine's calendar), so this package can turn business-time offsets into instants without depending on it.</summary>
/// <param name="start">The instant to start from.</param>
/// <param name="businessTime">The business time to add; not negative.</param>
/// <returns>The instant at which <paramref name="businessTime"/> of business time has passed after <paramref name="start"/>.</returns>
public delegate Instant BusinessTimeAdder(Instant start, Duration businessTime);
