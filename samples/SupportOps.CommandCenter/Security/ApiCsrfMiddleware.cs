using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SupportOps.CommandCenter.Security;

/// <summary>
/// CSRF defence for the cookie-authenticated API: a POST under <c>/api</c> that carries the sign-in
/// cookie must declare a JSON content type, else it gets a 415 ProblemDetails and never reaches the endpoint.
/// </summary>
/// <remarks>
/// <para>The cookie is <c>SameSite=Lax</c>, so browsers do not send it with cross-site POSTs at all.
/// This check closes the rest: an HTML form (even from a sibling subdomain, which is "same-site") can
/// only send <c>application/x-www-form-urlencoded</c>, <c>multipart/form-data</c> or <c>text/plain</c>,
/// and a script on another origin that sets <c>Content-Type: application/json</c> triggers a CORS
/// preflight, which this host does not answer. PUT, PATCH and DELETE need no check: forms cannot send
/// them and a script on another origin always needs a preflight for them. Requests without the cookie
/// (webhooks, which are signature-verified) are not affected.</para>
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
                    Detail = "API POST requests made with the sign-in cookie must send 'Content-Type: application/json' (an empty body may be '{}').",
                },
            }).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>Gets whether a request is a cookie-authenticated API POST (the only write a form or a simple cross-origin request can make) without a JSON content type.</summary>
    internal static bool IsRejected(HttpRequest request, string? cookieName) =>
        HttpMethods.IsPost(request.Method)
        && request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && cookieName is not null
        && request.Cookies.ContainsKey(cookieName)
        && !request.HasJsonContentType();
}
