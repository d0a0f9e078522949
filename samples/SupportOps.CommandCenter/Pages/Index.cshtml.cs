using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupportOps.CommandCenter.Pages.Shared;

namespace SupportOps.CommandCenter.Pages;

/// <summary>The start page: sends each role to the dashboard made for it.</summary>
public sealed class IndexModel : PageModel
{
    /// <summary>Redirects to <see cref="UiPages.HomeFor"/>.</summary>
    /// <returns>A redirect.</returns>
    public IActionResult OnGet() => LocalRedirect(UiPages.HomeFor(User));
}
