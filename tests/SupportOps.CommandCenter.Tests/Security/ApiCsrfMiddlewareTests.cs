using Microsoft.AspNetCore.Http;
using SupportOps.CommandCenter.Security;

namespace SupportOps.CommandCenter.Tests.Security;

public sealed class ApiCsrfMiddlewareTests
{
    private const string Cookie = "supportops.auth";

    [Theory]
    [InlineData("POST", "/api/v1/tickets/t-1/events", "text/plain", true)]
    [InlineData("POST", "/api/v1/tickets/t-1/events", "application/x-www-form-urlencoded", true)]
    [InlineData("POST", "/API/v1/tickets/t-1/events", "multipart/form-data; boundary=x", true)]
    [InlineData("POST", "/api/v1/auth/logout", null, true)]
    [InlineData("PUT", "/api/v1/settings", "text/plain", false)] // needs a CORS preflight from any other origin
    [InlineData("DELETE", "/api/v1/views/1", null, false)]
    [InlineData("PATCH", "/api/v1/views/1", null, false)]
    [InlineData("POST", "/api/v1/tickets/t-1/events", "application/json", false)]
    [InlineData("POST", "/api/v1/tickets/t-1/events", "application/json; charset=utf-8", false)]
    [InlineData("POST", "/api/v1/settings", "application/merge-patch+json", false)]
    [InlineData("GET", "/api/v1/tickets", null, false)]
    [InlineData("HEAD", "/api/v1/tickets", null, false)]
    [InlineData("POST", "/account/login", "application/x-www-form-urlencoded", false)]
    [InlineData("POST", "/apis", "text/plain", false)]
    public void IsRejected_WithTheCookie_RejectsApiPostsThatAreNotJson(string method, string path, string? contentType, bool rejected)
    {
        var request = NewRequest(method, path, contentType, withCookie: true);

        Assert.Equal(rejected, ApiCsrfMiddleware.IsRejected(request, Cookie));
    }

    [Theory]
    [InlineData("POST", "/api/v1/ingest/webhooks/zendesk", "text/plain")]
    [InlineData("POST", "/api/v1/auth/logout", null)]
    public void IsRejected_WithoutTheCookie_LeavesTheRequestAlone(string method, string path, string? contentType)
    {
        var request = NewRequest(method, path, contentType, withCookie: false);

        Assert.False(ApiCsrfMiddleware.IsRejected(request, Cookie));
    }

    private static HttpRequest NewRequest(string method, string path, string? contentType, bool withCookie)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        context.Request.ContentType = contentType;
        if (withCookie)
        {
            context.Request.Headers.Cookie = $"{Cookie}=abc; other=1";
        }

        return context.Request;
    }
}
