using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace SupportOps.CommandCenter.Security;

/// <summary>
/// At start-up (after the database is migrated), creates the roles of <see cref="Roles.All"/> and, when
/// <see cref="DemoUserOptions.Enabled"/> (or in Development when it is unset), the demo users of
/// <see cref="DemoUsers.All"/>.
/// </summary>
/// <remarks>
/// <para>Idempotent: an existing role is kept; an existing demo user gets its role, claims, display name
/// and the configured password back if they were changed, so the documented sign-ins always work.</para>
/// <para>Several instances may start at once against one database: when another instance creates the same
/// role or user first (a duplicate-name refusal or a unique-index clash), the work is retried from the
/// start in a fresh scope, where that role or user now exists.</para>
/// </remarks>
/// <param name="services">The root service provider.</param>
/// <param name="options">The demo user options.</param>
/// <param name="environment">The host environment.</param>
/// <param name="logger">The logger.</param>
internal sealed partial class IdentityInitializer(
    IServiceProvider services,
    IOptions<DemoUserOptions> options,
    IHostEnvironment environment,
    ILogger<IdentityInitializer> logger) : IHostedService
{
    /// <summary>Gets whether the demo users are created with these options in this environment.</summary>
    internal static bool DemoUsersEnabled(DemoUserOptions options, IHostEnvironment environment) =>
        options.Enabled ?? environment.IsDevelopment();

    /// <summary>How many times start-up tries before a clash with another instance is an error.</summary>
    internal const int MaxAttempts = 3;

    /// <exception cref="InvalidOperationException">Identity refused a role or demo user (e.g. the demo password breaks the password rules).</exception>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await InitializeAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception exception) when (attempt < MaxAttempts && exception is DbUpdateException or IdentityClashException)
            {
                LogClash(logger, attempt, exception.Message);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false), $"role {role}");
            }
        }

        var demo = options.Value;
        if (!DemoUsersEnabled(demo, environment))
        {
            return;
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<CommandCenterUser>>();
        foreach (var demoUser in DemoUsers.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await EnsureAsync(users, demoUser, demo.Password).ConfigureAwait(false);
            LogDemoUser(logger, demoUser.Email, demoUser.Role);
        }

        LogDemoPassword(logger, demo.Password);
    }

    private static async Task EnsureAsync(UserManager<CommandCenterUser> users, DemoUser demo, string password)
    {
        var user = await users.FindByEmailAsync(demo.Email).ConfigureAwait(false);
        if (user is null)
        {
            user = new CommandCenterUser { UserName = demo.Email, Email = demo.Email, EmailConfirmed = true, DisplayName = demo.DisplayName };
            Check(await users.CreateAsync(user, password).ConfigureAwait(false), demo.Email);
        }
        else
        {
            if (user.DisplayName != demo.DisplayName)
            {
                user.DisplayName = demo.DisplayName;
                Check(await users.UpdateAsync(user).ConfigureAwait(false), demo.Email);
            }

            if (!await users.CheckPasswordAsync(user, password).ConfigureAwait(false))
            {
                var hasPassword = await users.HasPasswordAsync(user).ConfigureAwait(false);
                if (hasPassword)
                {
                    Check(await users.RemovePasswordAsync(user).ConfigureAwait(false), demo.Email);
                }

                Check(await users.AddPasswordAsync(user, password).ConfigureAwait(false), demo.Email);
            }
        }

        if (!await users.IsInRoleAsync(user, demo.Role).ConfigureAwait(false))
        {
            Check(await users.AddToRoleAsync(user, demo.Role).ConfigureAwait(false), demo.Email);
        }

        var claims = await users.GetClaimsAsync(user).ConfigureAwait(false);
        await EnsureClaimAsync(users, user, claims, CommandCenterClaims.AgentId, demo.AgentId, demo.Email).ConfigureAwait(false);
        await EnsureClaimAsync(users, user, claims, CommandCenterClaims.Team, demo.Team, demo.Email).ConfigureAwait(false);
    }

    private static async Task EnsureClaimAsync(UserManager<CommandCenterUser> users, CommandCenterUser user, IList<Claim> claims, string type, string? value, string email)
    {
        var existing = claims.Where(c => c.Type == type).ToList();
        if (existing.Count == (value is null ? 0 : 1) && existing.All(c => c.Value == value))
        {
            return;
        }

        if (existing.Count > 0)
        {
            Check(await users.RemoveClaimsAsync(user, existing).ConfigureAwait(false), email);
        }

        if (value is not null)
        {
            Check(await users.AddClaimAsync(user, new Claim(type, value)).ConfigureAwait(false), email);
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded && result.Errors.All(e => e.Code is "DuplicateRoleName" or "DuplicateUserName" or "DuplicateEmail" or "UserAlreadyInRole" or "UserAlreadyHasPassword"))
        {
            throw new IdentityClashException($"{what} was changed concurrently: {string.Join(" ", result.Errors.Select(e => e.Code))}");
        }

        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not set up {what}: {string.Join(" ", result.Errors.Select(e => $"{e.Code}: {e.Description}"))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Creating roles and demo users clashed with another instance (attempt {Attempt}); retrying: {Reason}")]
    private static partial void LogClash(ILogger logger, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo sign-in: {Email} ({Role})")]
    private static partial void LogDemoUser(ILogger logger, string email, string role);

    [LoggerMessage(Level = LogLevel.Information, Message = "Every demo user's password is '{Password}' (CommandCenter:DemoUsers:Password).")]
    private static partial void LogDemoPassword(ILogger logger, string password);
}
