using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SupportOps.CommandCenter.Security;

/// <summary>
/// CSRF defence for the cookie-authenticated API: a state-changing request (POST, PUT, PATCH, DELETE)
/// under <c>/api</c> that carries the sign-in cookie must declare a JSON content type, else it gets a
/// 415 ProblemDetails and never reaches the endpoint.
/// </summary>
/// <remarks>
/// <para>The cookie is <c>SameSite=Lax</c>, so browsers do not send it with cross-site POSTs at all.
/// This check closes the rest: an HTML form (even from a sibling subdomain, which is "same-site") can
/// only send <c>application/x-www-form-urlencoded</c>, <c>multipart/form-data</c> or <c>text/plain</c>,
/// and a script on another origin that sets <c>Content-Type: application/json</c> triggers a CORS
/// preflight, which this host does not answer. Requests without the cookie (webhooks, which are
/// signature-verified) are not affected.</para>
/// </remarks>
/// <param name="next">The next middleware.</param>
internal sealed class ApiCsrfMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IOptionsMonitor<CookieAuthenticationOptions> cookies, IProblemDetailsService problems)
    {
        if (IsRejected(context.Request, cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status415UnsupportedMediaType,
                    Title = "JSON content type required",
                    Detail = "State-changing API requests made with the sign-in cookie must send 'Content-Type: application/json'.",
                },
            }).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>Gets whether a request is a cookie-authenticated API write without a JSON content type.</summary>
    internal static bool IsRejected(HttpRequest request, string? cookieName) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        && cookieName is not null
        && request.Cookies.ContainsKey(cookieName)
        && !request.HasJsonContentType();
}
