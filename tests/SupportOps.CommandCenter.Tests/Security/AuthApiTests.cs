using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SupportOps.CommandCenter.Extensions;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Models;
using SupportOps.CommandCenter.Security;

namespace SupportOps.CommandCenter.Tests.Security;

/// <summary>Sign-in, sign-out and "me" through the REAL Identity cookie.</summary>
public sealed class AuthApiTests(IdentityCommandCenterFactory factory) : IClassFixture<IdentityCommandCenterFactory>
{
    private const string Password = DemoUserOptions.DefaultPassword;

    public static TheoryData<string> DemoEmails => [.. DemoUsers.All.Select(u => u.Email)];

    [Theory]
    [MemberData(nameof(DemoEmails))]
    public async Task Login_EachDemoUser_ReturnsTheUserAndSetsAnHttpOnlyLaxCookie(string email)
    {
        var demo = DemoUsers.All.Single(u => u.Email == email);
        var client = NewClient();

        using var response = await LoginAsync(client, email, Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var user = await response.ReadAsync<CurrentUser>();
        Assert.Equal(new CurrentUser(demo.Email, demo.DisplayName, [demo.Role], demo.AgentId, demo.Team), user, CurrentUserComparer.Instance);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(SecurityExtensions.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie.Replace("samesite", string.Empty, StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase); // SameAsRequest over http
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase); // a session cookie unless remember_me
    }

    [Theory]
    [MemberData(nameof(DemoEmails))]
    public async Task Cookie_EachDemoUser_AllowedEndpointPassesAndForbiddenOneIs403(string email)
    {
        var demo = DemoUsers.All.Single(u => u.Email == email);
        var client = NewClient();
        (await LoginAsync(client, email, Password)).Dispose();

        using var me = await client.GetAsync("/api/v1/auth/me");
        using var inbox = await client.GetAsync("/api/v1/tickets?limit=1");

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(demo.AgentId, (await me.ReadAsync<CurrentUser>()).AgentId);
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        var forbidden = ForbiddenEndpointFor(demo.Role);
        if (forbidden is null)
        {
            // Nothing mapped is forbidden to this role (always so for Admin): every policy in use admits it.
            Assert.All(PoliciesInUse(), policy => Assert.Contains(demo.Role, AuthorizationPolicies.RolesByPolicy[policy]));
            return;
        }

        using var request = new HttpRequestMessage(new HttpMethod(forbidden.Value.Method), forbidden.Value.Path);
        if (forbidden.Value.Method != "GET")
        {
            request.Content = JsonContent.Create(new { });
        }

        using var denied = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal("application/problem+json", denied.Content.Headers.ContentType?.MediaType);
        Assert.Null(denied.Headers.Location);
    }

    [Fact]
    public async Task Login_EmailInOtherCaseWithSpaces_SignsInTheSameUser()
    {
        using var response = await LoginAsync(NewClient(), "  " + DemoUsers.TeamLead.Email.ToUpperInvariant() + " ", Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DemoUsers.TeamLead.Email, (await response.ReadAsync<CurrentUser>()).Email);
    }

    [Fact]
    public async Task Login_RightPasswordInOtherCase_Returns401()
    {
        using var response = await LoginAsync(NewClient(), DemoUsers.Admin.Email, Password.ToUpperInvariant());

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "Sign-in failed");
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401ProblemAndNoCookie()
    {
        var client = NewClient();

        using var response = await LoginAsync(client, DemoUsers.Agent.Email, "Wrong-Password-9");

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "Sign-in failed");
        Assert.False(response.Headers.Contains("Set-Cookie"));
        using var me = await client.GetAsync("/api/v1/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task Login_UnknownEmail_Returns401LikeAWrongPassword()
    {
        using var response = await LoginAsync(NewClient(), "nobody@demo.supportops", Password);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "Sign-in failed");
    }

    [Fact]
    public async Task Login_MissingFields_Returns400NamingEachField()
    {
        using var response = await NewClient().PostAsJsonAsync("/api/v1/auth/login", new { email = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("password", out _));
    }

    [Theory]
    [InlineData("{\"email\": 42}", "email")]
    [InlineData("{\"email\": \"a@b\", ", "body")]
    [InlineData("not json", "body")]
    public async Task Login_MalformedJson_Returns400NamingTheField(string body, string field)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await NewClient().PostAsync("/api/v1/auth/login", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
    }

    [Fact]
    public async Task Login_FormContentType_Returns415AndNoCookie()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = DemoUsers.Agent.Email, ["password"] = Password });

        using var response = await NewClient().PostAsync("/api/v1/auth/login", form);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "Unsupported Media Type");
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Login_OversizedBody_Returns413()
    {
        var json = JsonSerializer.Serialize(new { email = DemoUsers.Agent.Email, password = new string('x', SupportOps.CommandCenter.Apis.AuthApi.MaxLoginBodyBytes) });
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await NewClient().PostAsync("/api/v1/auth/login", content);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "Body too large");
    }

    [Fact]
    public async Task Login_OversizedBodyWithoutContentLength_Returns413()
    {
        var json = JsonSerializer.Serialize(new { email = DemoUsers.Agent.Email, password = new string('x', SupportOps.CommandCenter.Apis.AuthApi.MaxLoginBodyBytes) });
        using var content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await NewClient().PostAsync("/api/v1/auth/login", content);

        Assert.Null(content.Headers.ContentLength);
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "Body too large");
    }

    [Fact]
    public async Task Login_RepeatedFailures_LocksTheAccountWith423EvenForTheRightPassword()
    {
        const string email = "lockout@test.supportops";
        await CreateUserAsync(email, Roles.Agent);
        var client = NewClient();

        for (var i = 1; i < SecurityExtensions.MaxFailedSignIns; i++)
        {
            using var failed = await LoginAsync(client, email, "Wrong-Password-9");
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var locking = await LoginAsync(client, email, "Wrong-Password-9");
        using var rightPassword = await LoginAsync(client, email, Password);

        await AssertProblemAsync(locking, HttpStatusCode.Locked, "Account locked");
        await AssertProblemAsync(rightPassword, HttpStatusCode.Locked, "Account locked");
        using var problem = JsonDocument.Parse(await rightPassword.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.String, problem.RootElement.GetProperty("locked_until").ValueKind);
        Assert.False(rightPassword.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Login_FailuresBelowTheLimitThenSuccess_ResetsTheCount()
    {
        const string email = "reset-count@test.supportops";
        await CreateUserAsync(email, Roles.Agent);
        var client = NewClient();

        for (var round = 0; round < 2; round++)
        {
            for (var i = 1; i < SecurityExtensions.MaxFailedSignIns; i++)
            {
                (await LoginAsync(client, email, "Wrong-Password-9")).Dispose();
            }

            using var success = await LoginAsync(client, email, Password);
            Assert.Equal(HttpStatusCode.OK, success.StatusCode);
        }
    }

    [Fact]
    public async Task Logout_SignedIn_ClearsTheCookieSoMeIs401()
    {
        var client = NewClient();
        (await LoginAsync(client, DemoUsers.OpsManager.Email, Password)).Dispose();
        using (var before = await client.GetAsync("/api/v1/auth/me"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var logout = await client.PostAsJsonAsync("/api/v1/auth/logout", new { });
        using var after = await client.GetAsync("/api/v1/auth/me");

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Contains(logout.Headers.GetValues("Set-Cookie"), c => c.StartsWith(SecurityExtensions.CookieName + "=;", StringComparison.Ordinal));
        await AssertProblemAsync(after, HttpStatusCode.Unauthorized, "Sign-in required");
    }

    [Fact]
    public async Task Logout_WithTheCookieButNoJsonContentType_Returns415AndStaysSignedIn()
    {
        var client = NewClient();
        (await LoginAsync(client, DemoUsers.Agent.Email, Password)).Dispose();

        using var forged = await client.PostAsync("/api/v1/auth/logout", null);
        using var me = await client.GetAsync("/api/v1/auth/me");

        await AssertProblemAsync(forged, HttpStatusCode.UnsupportedMediaType, "JSON content type required");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task Logout_SignedOut_Returns204()
    {
        using var logout = await NewClient().PostAsJsonAsync("/api/v1/auth/logout", new { });

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
    }

    [Fact]
    public async Task Me_SignedOutOnAnApiPath_Returns401ProblemNotARedirect()
    {
        using var response = await NewClient().GetAsync("/api/v1/tickets");

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "Sign-in required");
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Session_IdleLongerThanItsLifetime_Expires()
    {
        var client = NewClient();
        (await LoginAsync(client, DemoUsers.Executive.Email, Password)).Dispose();

        factory.Clock.Advance(Duration.FromTimeSpan(SecurityExtensions.SessionLifetime) + Duration.FromMinutes(1));
        using var me = await client.GetAsync("/api/v1/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task Session_UsedWithinItsLifetime_SlidesForward()
    {
        var client = NewClient();
        (await LoginAsync(client, DemoUsers.Executive.Email, Password)).Dispose();
        var step = Duration.FromTimeSpan(SecurityExtensions.SessionLifetime * 0.6);

        factory.Clock.Advance(step);
        using var renewed = await client.GetAsync("/api/v1/auth/me");
        factory.Clock.Advance(step);
        using var stillSignedIn = await client.GetAsync("/api/v1/auth/me");

        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
    }

    [Fact]
    public async Task Write_WithTheCookieButNotJson_Returns415AndStoresNothing()
    {
        var client = NewClient();
        (await LoginAsync(client, DemoUsers.Agent.Email, Password)).Dispose();
        var body = """{"expected_version":null,"events":[{"event":{"type":"ticket_created","subject":"csrf"},"occurred_at":"2026-03-10T14:00:00Z","actor":{"kind":"customer","id":"c-1"},"source":"web"}]}""";
        using var plain = new StringContent(body, Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync("/api/v1/tickets/csrf-1/events", plain);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "JSON content type required");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        Assert.False(await db.Events.AnyAsync(e => e.TicketId == "csrf-1"));
    }

    [Fact]
    public async Task Write_WithTheCookieAndJson_ReachesTheEndpoint()
    {
        var client = NewClient();
        (await LoginAsync(client, DemoUsers.Agent.Email, Password)).Dispose();

        using var response = await client.PostAsJsonAsync("/api/v1/tickets/csrf-2/events", new { events = Array.Empty<object>() });

        // Whatever the endpoint makes of the body, the CSRF check and authorization let it through.
        Assert.NotEqual(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private HttpClient NewClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
    }

    private async Task CreateUserAsync(string email, string role)
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CommandCenterUser>>();
        var user = new CommandCenterUser { UserName = email, Email = email, DisplayName = "Test" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    private List<string> PoliciesInUse()
    {
        _ = factory.Server;
        return [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .SelectMany(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>())
            .Select(a => a.Policy)
            .OfType<string>()
            .Where(AuthorizationPolicies.RolesByPolicy.ContainsKey)
            .Distinct()];
    }

    /// <summary>A GET or POST endpoint whose policy does not admit the role, with dummy route values; null when the role may call everything.</summary>
    private (string Method, string Path)? ForbiddenEndpointFor(string role)
    {
        _ = factory.Server;
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
            var policy = authorize.Count == 1 ? authorize[0].Policy : null;
            var method = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.FirstOrDefault(m => m is "GET" or "POST");
            if (method is not null && policy is not null && AuthorizationPolicies.RolesByPolicy.TryGetValue(policy, out var roles) && !roles.Contains(role))
            {
                return (method, "/" + AuthorizationMatrixTests.FillRoute(endpoint.RoutePattern));
            }
        }

        return null;
    }

    /// <summary>A body whose length is unknown up front (sent chunked, without Content-Length).</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    private sealed class CurrentUserComparer : IEqualityComparer<CurrentUser>
    {
        public static readonly CurrentUserComparer Instance = new();

        public bool Equals(CurrentUser? x, CurrentUser? y) =>
            x is not null && y is not null && x.Email == y.Email && x.Name == y.Name && x.Roles.SequenceEqual(y.Roles) && x.AgentId == y.AgentId && x.Team == y.Team;

        public int GetHashCode(CurrentUser obj) => obj.Email.GetHashCode(StringComparison.Ordinal);
    }
}
