using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using SupportOps.CommandCenter.Models;
using SupportOps.CommandCenter.Security;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace SupportOps.CommandCenter.Apis;

/// <summary>The sign-in API: log in (sets the Identity cookie), log out, and who am I.</summary>
public static class AuthApi
{
    /// <summary>The largest accepted login body, in bytes.</summary>
    public const int MaxLoginBodyBytes = 4096;

    // A hash of a random password, verified against when the email is unknown so that an unknown
    // email costs the same time as a wrong password (no user enumeration by timing).
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<CommandCenterUser>().HashPassword(new CommandCenterUser(), "unknown-user-Password-1"));

    /// <summary>Maps <c>/api/v1/auth</c>.</summary>
    /// <param name="app">The endpoint builder; must not be null.</param>
    /// <returns>The route group, for further conventions.</returns>
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);

        var api = app.MapGroup("/api/v1/auth").WithTags("Auth");

        api.MapPost("/login", LoginAsync)
            .WithName("Login")
            .WithSummary("Sign in with email and password")
            .WithDescription("Sets the HttpOnly sign-in cookie and returns the user. 401 on bad credentials (unknown email or wrong password alike); 423 once the account is locked after repeated failures.")
            .Accepts<LoginRequest>("application/json") // other content types get 415 from routing
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status423Locked)
            .AllowAnonymous();

        api.MapPost("/logout", LogoutAsync)
            .WithName("Logout")
            .WithSummary("Sign out")
            .WithDescription("Clears the sign-in cookie; succeeds whether or not anyone was signed in.")
            .AllowAnonymous();

        api.MapGet("/me", GetCurrentUser)
            .WithName("GetCurrentUser")
            .WithSummary("Get the signed-in user")
            .RequireAuthorization(AuthorizationPolicies.SignedIn);

        return api;
    }

    internal static async Task<Results<Ok<CurrentUser>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        HttpRequest request,
        SignInManager<CommandCenterUser> signIn,
        IOptions<JsonOptions> jsonOptions,
        CancellationToken cancellationToken)
    {
        var json = request.ContentLength > MaxLoginBodyBytes ? null : await ReadAtMostAsync(request.Body, MaxLoginBodyBytes, cancellationToken).ConfigureAwait(false);
        if (json is null)
        {
            return TypedResults.Problem(
                detail: $"The login body may be at most {MaxLoginBodyBytes} bytes.",
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Body too large");
        }

        LoginRequest? body;
        try
        {
            body = JsonSerializer.Deserialize<LoginRequest>(json, jsonOptions.Value.SerializerOptions);
        }
        catch (JsonException exception)
        {
            var field = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "body" : exception.Path.TrimStart('$', '.');
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = ["The request body is not valid JSON for this field."] });
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(body?.Email))
        {
            errors["email"] = ["The email is required."];
        }

        if (string.IsNullOrEmpty(body?.Password))
        {
            errors["password"] = ["The password is required."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var user = await signIn.UserManager.FindByEmailAsync(body!.Email!.Trim()).ConfigureAwait(false);
        if (user is null)
        {
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(new CommandCenterUser(), DummyHash.Value, body.Password!);
            return BadCredentials();
        }

        var result = await signIn.PasswordSignInAsync(user, body.Password!, body.RememberMe, lockoutOnFailure: true).ConfigureAwait(false);
        if (result.IsLockedOut)
        {
            var until = await signIn.UserManager.GetLockoutEndDateAsync(user).ConfigureAwait(false);
            return TypedResults.Problem(
                detail: "Too many failed sign-ins; the account is locked. Try again later or ask an administrator to unlock it.",
                statusCode: StatusCodes.Status423Locked,
                title: "Account locked",
                extensions: new Dictionary<string, object?>
                {
                    ["locked_until"] = until is { } end ? InstantPattern.ExtendedIso.Format(Instant.FromDateTimeOffset(end)) : null,
                });
        }

        if (!result.Succeeded)
        {
            return BadCredentials();
        }

        var principal = await signIn.CreateUserPrincipalAsync(user).ConfigureAwait(false);
        return TypedResults.Ok(ToCurrentUser(principal));
    }

    internal static async Task<NoContent> LogoutAsync(SignInManager<CommandCenterUser> signIn)
    {
        await signIn.SignOutAsync().ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    internal static Ok<CurrentUser> GetCurrentUser(ClaimsPrincipal user) => TypedResults.Ok(ToCurrentUser(user));

    /// <summary>Reads the user's email, name, roles, agent id and team from their claims.</summary>
    internal static CurrentUser ToCurrentUser(ClaimsPrincipal principal)
    {
        var name = principal.FindFirstValue(ClaimTypes.Name) ?? string.Empty;
        var email = principal.FindFirstValue(ClaimTypes.Email) ?? name;
        return new CurrentUser(
            email,
            principal.FindFirstValue(CommandCenterClaims.DisplayName) ?? name,
            [.. Roles.All.Where(principal.IsInRole)],
            principal.FindFirstValue(CommandCenterClaims.AgentId),
            principal.FindFirstValue(CommandCenterClaims.Team));
    }

    /// <summary>Reads the whole body if it has at most <paramref name="limit"/> bytes (whatever Content-Length claims), else returns null.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[limit + 1];
        var length = 0;
        int read;
        while ((read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
            if (length > limit)
            {
                return null;
            }
        }

        return buffer[..length];
    }

    private static ProblemHttpResult BadCredentials() => TypedResults.Problem(
        detail: "The email or password is not correct.",
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Sign-in failed");
}
