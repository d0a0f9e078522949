using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SupportOps.CommandCenter.Pages.Shared;
using SupportOps.CommandCenter.Security;

namespace SupportOps.CommandCenter.Tests.Pages;

public sealed class UiPagesTests(CommandCenterFactory factory) : IClassFixture<CommandCenterFactory>
{
    [Fact]
    public void PageEndpoints_Every_HasExactlyOnePolicyOrIsAnonymous()
    {
        var pages = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => (Page: e.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath, Endpoint: e))
            .ToList();

        Assert.Equal(
            UiPages.Policies.Keys.Concat(UiPages.Anonymous).Order(StringComparer.Ordinal),
            pages.Select(p => p.Page).Distinct().Order(StringComparer.Ordinal));
        foreach (var (page, endpoint) in pages)
        {
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            if (UiPages.Anonymous.Contains(page))
            {
                Assert.NotNull(endpoint.Metadata.GetMetadata<IAllowAnonymous>());
                Assert.Empty(policies);
            }
            else
            {
                Assert.Equal([UiPages.Policies[page]], policies);
            }
        }
    }

    [Fact]
    public void Navigation_EveryItem_UsesThePolicyOfThePageItLinksTo()
    {
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .ToDictionary(e => "/" + e.RoutePattern.RawText!.TrimStart('/'), e => e.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath, StringComparer.OrdinalIgnoreCase);

        Assert.All(UiPages.Navigation, item => Assert.Equal(item.Policy, UiPages.Policies[routes[item.Path]]));
    }

    [Theory]
    [InlineData(Roles.Agent, "/dashboards/agent")]
    [InlineData(Roles.TeamLead, "/dashboards/team-lead")]
    [InlineData(Roles.OpsManager, "/dashboards/operations")]
    [InlineData(Roles.Executive, "/dashboards/executive")]
    [InlineData(Roles.Admin, "/dashboards/operations")]
    public async Task HomeFor_EachRole_IsAPageThatRoleMayOpen(string role, string expected)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test"));
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.RoleHeader, role);

        Assert.Equal(expected, UiPages.HomeFor(user));
        var start = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Equal(expected, start.Headers.Location!.OriginalString);
        var home = await client.GetAsync(new Uri(expected, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Agent, "/dashboards/operations", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Agent, "/dashboards/executive", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Executive, "/dashboards/agent", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Executive, "/inbox", HttpStatusCode.OK)]
    [InlineData(TestAuthenticationHandler.Anonymous, "/inbox", HttpStatusCode.Unauthorized)]
    [InlineData(TestAuthenticationHandler.Anonymous, "/account/login", HttpStatusCode.OK)]
    public async Task Pages_RoleWithoutThePolicy_IsRejected(string role, string path, HttpStatusCode expected)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.RoleHeader, role);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task StaticAssets_VendoredChartJs_IsServedWithoutSignIn()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.RoleHeader, TestAuthenticationHandler.Anonymous);

        var response = await client.GetAsync(new Uri("/lib/chart.js/chart.umd.min.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("/*!\n * Chart.js v4.6.1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Layout_ServerClock_IsRenderedForTheCountdowns()
    {
        var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/inbox", UriKind.Relative));

        Assert.Contains("<meta name=\"supportops-now\" content=\"2026-03-10T15:00:00Z\" />", html, StringComparison.Ordinal);
    }
}
