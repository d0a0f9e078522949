using NodaTime;

namespace SupportOps.CommandCenter.Security;

/// <summary>
/// A <see cref="TimeProvider"/> whose "now" is the injected NodaTime <see cref="IClock"/>, so cookie
/// expiry and security-stamp validation follow the same clock as the rest of the host (a fake clock in tests).
/// </summary>
/// <remarks>
/// <para>Timers and the local time zone are the base class's; only <see cref="GetUtcNow"/> is replaced.</para>
/// </remarks>
/// <param name="clock">The clock; must not be null.</param>
internal sealed class ClockTimeProvider(IClock clock) : TimeProvider
{
    private readonly IClock _clock = clock ?? throw new ArgumentNullException(nameof(clock));

    public override DateTimeOffset GetUtcNow() => _clock.GetCurrentInstant().ToDateTimeOffset();
}
