using SupportOps.CommandCenter.Pages.Shared;

namespace SupportOps.CommandCenter.Extensions;

/// <summary>Registers and maps the command center's browser UI: Razor Pages and the static assets under <c>wwwroot/</c>.</summary>
public static class UiExtensions
{
    /// <summary>
    /// Adds Razor Pages with one authorization policy per page (<see cref="UiPages.Policies"/>); the sign-in
    /// and access-denied pages are anonymous.
    /// </summary>
    /// <param name="builder">The host builder; must not be null.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddCommandCenterUi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddRazorPages(options =>
        {
            foreach (var (page, policy) in UiPages.Policies)
            {
                options.Conventions.AuthorizePage(page, policy);
            }

            foreach (var page in UiPages.Anonymous)
            {
                options.Conventions.AllowAnonymousToPage(page);
            }
        });
        return builder;
    }

    /// <summary>Serves <c>wwwroot/</c> (the vendored Chart.js, the CSS and the JavaScript modules) and maps the pages.</summary>
    /// <param name="app">The application; must not be null.</param>
    /// <returns>The application.</returns>
    public static WebApplication MapCommandCenterUi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStaticFiles();
        app.MapRazorPages();
        return app;
    }
}
