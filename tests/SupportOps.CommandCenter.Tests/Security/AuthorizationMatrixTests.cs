using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using SupportOps.CommandCenter.Security;

namespace SupportOps.CommandCenter.Tests.Security;

/// <summary>
/// Every endpoint the host maps (including those added later by other slices) against every role and a
/// signed-out caller, through the test header scheme.
/// </summary>
public sealed class AuthorizationMatrixTests(CommandCenterFactory factory) : IClassFixture<CommandCenterFactory>
{
    /// <summary>The only endpoints that may be reached signed out (route pattern, without a leading slash, case-insensitive).</summary>
    private static readonly HashSet<string> AllowAnonymous = new(StringComparer.OrdinalIgnoreCase)
    {
        "api/v1/auth/login",
        "api/v1/auth/logout",
        "openapi/{documentName}.json",
        "account/login",
        "account/logout",
        "account/access-denied",
    };

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    private readonly HttpClient _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    [Fact]
    public void Endpoints_Enumerated_IncludeTheKnownApis()
    {
        var patterns = Endpoints().Select(e => Pattern(e)).ToList();

        Assert.Contains("api/v1/auth/me", patterns);
        Assert.Contains("api/v1/tickets/{id}", patterns);
        Assert.Contains("api/v1/tickets/{id}/events", patterns);
    }

    [Theory]
    [InlineData("/api/v1/tickets/{id}/events", "api/v1/tickets/dummy/events")]
    [InlineData("/api/v1/inbox/views/{id:long}", "api/v1/inbox/views/1")]
    [InlineData("/api/v1/x/{key:guid}/{on:datetime}/{flag:bool}", "api/v1/x/00000000-0000-0000-0000-000000000001/2026-03-10/true")]
    [InlineData("/api/v1/exports/{name}.{format=csv}", "api/v1/exports/dummy.csv")]
    [InlineData("/openapi/{documentName}.json", "openapi/dummy.json")]
    public void FillRoute_Pattern_GivesAPathThePatternMatches(string pattern, string expected)
    {
        Assert.Equal(expected, FillRoute(RoutePatternFactory.Parse(pattern)));
    }

    [Fact]
    public void Endpoints_Every_HasExactlyOneKnownPolicyOrIsOnTheAnonymousList()
    {
        var known = AuthorizationPolicies.RolesByPolicy.Keys.Append(AuthorizationPolicies.IngestWebhook).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var endpoint in Endpoints())
        {
            var name = Describe(endpoint);
            var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
            if (AllowAnonymous.Contains(Pattern(endpoint)))
            {
                if (authorize.Any(a => a.Policy is not null || a.Roles is not null) && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
                {
                    problems.Add($"{name}: on the anonymous list but requires authorization");
                }

                continue;
            }

            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                problems.Add($"{name}: allows anonymous callers but is not on the anonymous list");
            }
            else if (authorize.Count != 1)
            {
                problems.Add($"{name}: has {authorize.Count} authorization policies; expected exactly one");
            }
            else if (authorize[0].Policy is not { } policy || !known.Contains(policy) || authorize[0].Roles is not null || authorize[0].AuthenticationSchemes is not null)
            {
                problems.Add($"{name}: must name one AuthorizationPolicies policy and nothing else (policy '{authorize[0].Policy}', roles '{authorize[0].Roles}', schemes '{authorize[0].AuthenticationSchemes}')");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Endpoints_EveryRoleAndAnonymous_GetTheStatusTheirPolicyAllows()
    {
        var problems = new List<string>();
        var checkedRequests = 0;
        foreach (var endpoint in Endpoints())
        {
            var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
            var policy = authorize.Count == 1 ? authorize[0].Policy : null;
            var anonymous = AllowAnonymous.Contains(Pattern(endpoint));
            if (policy == AuthorizationPolicies.IngestWebhook)
            {
                continue; // signature-verified, not role-based: the webhook tests cover it
            }

            if (!anonymous && (policy is null || !AuthorizationPolicies.RolesByPolicy.ContainsKey(policy)))
            {
                problems.Add($"{Describe(endpoint)}: no known policy (see the policy test)");
                continue;
            }

            var allowed = anonymous ? Roles.All : AuthorizationPolicies.RolesByPolicy[policy!];
            foreach (var method in Methods(endpoint))
            {
                var path = "/" + FillRoute(endpoint.RoutePattern);
                var callers = Roles.All.Append(TestAuthenticationHandler.Anonymous).ToList();
                var statuses = await Task.WhenAll(callers.Select(caller => SendAsync(method, path, caller)));
                for (var i = 0; i < callers.Count; i++)
                {
                    checkedRequests++;
                    var (caller, status) = (callers[i], statuses[i]);
                    var expected = anonymous
                        ? Expect.Passes
                        : caller == TestAuthenticationHandler.Anonymous ? Expect.Unauthorized
                        : allowed.Contains(caller) ? Expect.Passes : Expect.Forbidden;
                    var ok = expected switch
                    {
                        Expect.Unauthorized => status.Code == HttpStatusCode.Unauthorized && status.IsProblem,
                        Expect.Forbidden => status.Code == HttpStatusCode.Forbidden && status.IsProblem,
                        _ => status.Code is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden),
                    };
                    if (!ok)
                    {
                        problems.Add($"{method} {path} as {caller}: got {(status.TimedOut ? "no response in time" : $"{(int)status.Code} {status.ContentType}")}, expected {expected}");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(checkedRequests >= 6 * 4, $"only {checkedRequests} requests were checked");
    }

    private enum Expect
    {
        Passes,
        Unauthorized,
        Forbidden,
    }

    private sealed record Status(HttpStatusCode Code, string? ContentType, bool TimedOut)
    {
        public bool IsProblem => ContentType == "application/problem+json";
    }

    private async Task<Status> SendAsync(string method, string path, string caller)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Add(TestAuthenticationHandler.RoleHeader, caller);
        if (DemoUsers.All.FirstOrDefault(u => u.Role == caller)?.AgentId is { } agent)
        {
            request.Headers.Add(TestAuthenticationHandler.AgentHeader, agent); // as the demo agent and team lead carry
        }
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        using var timeout = new CancellationTokenSource(RequestTimeout);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return new Status(response.StatusCode, response.Content.Headers.ContentType?.MediaType, false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            // A handler that is still running (a live stream) got past authorization: neither 401 nor 403.
            return new Status(HttpStatusCode.OK, null, true);
        }
    }

    private List<RouteEndpoint> Endpoints()
    {
        _ = factory.Server; // start the host so every endpoint is mapped
        return [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal)];
    }

    private static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : ["GET"];

    private static string Pattern(RouteEndpoint endpoint) => (endpoint.RoutePattern.RawText ?? string.Empty).Trim('/');

    private static string Describe(RouteEndpoint endpoint) => $"{string.Join(",", Methods(endpoint))} /{Pattern(endpoint)} ({endpoint.DisplayName})";

    /// <summary>Builds a path for the pattern with a dummy value, of a type its constraints accept, for every parameter.</summary>
    internal static string FillRoute(RoutePattern pattern) => string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternSeparatorPart separator => separator.Content,
        RoutePatternParameterPart parameter => DummyValue(pattern, parameter),
        _ => string.Empty,
    }))));

    private static string DummyValue(RoutePattern pattern, RoutePatternParameterPart parameter)
    {
        var constraints = pattern.ParameterPolicies.TryGetValue(parameter.Name, out var policies)
            ? policies.Select(p => p.Content ?? string.Empty).ToList()
            : [];
        if (constraints.Any(c => c.StartsWith("int", StringComparison.Ordinal) || c.StartsWith("long", StringComparison.Ordinal) || c.StartsWith("min", StringComparison.Ordinal) || c.StartsWith("max", StringComparison.Ordinal) || c.StartsWith("range", StringComparison.Ordinal) || c is "decimal" or "double" or "float"))
        {
            return "1";
        }

        if (constraints.Contains("guid"))
        {
            return "00000000-0000-0000-0000-000000000001";
        }

        if (constraints.Contains("bool"))
        {
            return "true";
        }

        if (constraints.Contains("datetime"))
        {
            return "2026-03-10";
        }

        if (constraints.Contains("file"))
        {
            return "dummy.txt";
        }

        return parameter.Default?.ToString() ?? "dummy";
    }
}
