using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NodaTime;

namespace SupportOps.CommandCenter.Security;

/// <summary>
/// Identity's <see cref="UserManager{TUser}"/> with lockout measured by the host's clock: the two members
/// that read the system clock in Identity (<see cref="IsLockedOutAsync"/> and the lockout end set by
/// <see cref="AccessFailedAsync"/>) read a <see cref="TimeProvider"/> adapted from the injected NodaTime
/// <see cref="IClock"/> instead, so a lockout starts and expires on the same clock as everything else (a
/// fake clock in tests).
/// </summary>
/// <remarks>
/// <para>Otherwise identical to Identity's: lockout applies when the user's lockout is enabled; the
/// <see cref="LockoutOptions.MaxFailedAccessAttempts"/>-th consecutive failure sets the lockout end to
/// now + <see cref="LockoutOptions.DefaultLockoutTimeSpan"/> and resets the count; a user is locked out
/// while the end is at or after now.</para>
/// </remarks>
internal sealed class ClockUserManager(
    IUserStore<CommandCenterUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<CommandCenterUser> passwordHasher,
    IEnumerable<IUserValidator<CommandCenterUser>> userValidators,
    IEnumerable<IPasswordValidator<CommandCenterUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<CommandCenterUser>> logger,
    IClock clock)
    : UserManager<CommandCenterUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    /// <summary>Gets the time source lockout is measured with: the injected <see cref="IClock"/>.</summary>
    public TimeProvider TimeProvider { get; } = new ClockTimeProvider(clock);

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">The store does not support lockout.</exception>
    public override async Task<bool> IsLockedOutAsync(CommandCenterUser user)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        var store = LockoutStore();
        if (!await store.GetLockoutEnabledAsync(user, CancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var end = await store.GetLockoutEndDateAsync(user, CancellationToken).ConfigureAwait(false);
        return end >= TimeProvider.GetUtcNow();
    }

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">The store does not support lockout.</exception>
    public override async Task<IdentityResult> AccessFailedAsync(CommandCenterUser user)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        var store = LockoutStore();
        var count = await store.IncrementAccessFailedCountAsync(user, CancellationToken).ConfigureAwait(false);
        if (count < Options.Lockout.MaxFailedAccessAttempts)
        {
            return await UpdateUserAsync(user).ConfigureAwait(false);
        }

        Logger.LogInformation("User {UserId} is locked out for {Duration}.", user.Id, Options.Lockout.DefaultLockoutTimeSpan);
        await store.SetLockoutEndDateAsync(user, TimeProvider.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan), CancellationToken).ConfigureAwait(false);
        await store.ResetAccessFailedCountAsync(user, CancellationToken).ConfigureAwait(false);
        return await UpdateUserAsync(user).ConfigureAwait(false);
    }

    /// <exception cref="NotSupportedException">The store does not support lockout.</exception>
    private IUserLockoutStore<CommandCenterUser> LockoutStore()
        => Store as IUserLockoutStore<CommandCenterUser> ?? throw new NotSupportedException("The user store does not implement IUserLockoutStore.");
}
