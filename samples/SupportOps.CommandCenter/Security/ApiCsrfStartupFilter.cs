namespace SupportOps.CommandCenter.Security;

/// <summary>Puts <see cref="ApiCsrfMiddleware"/> at the front of the pipeline, so no endpoint can be reached around it.</summary>
internal sealed class ApiCsrfStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<ApiCsrfMiddleware>();
        next(app);
    };
}
