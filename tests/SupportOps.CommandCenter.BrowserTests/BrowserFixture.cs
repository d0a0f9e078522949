using Microsoft.Playwright;
using SupportOps.CommandCenter.Security;

namespace SupportOps.CommandCenter.BrowserTests;

/// <summary>
/// One seeded host on Kestrel and one headless Debian Chromium, shared by the browser tests.
/// Playwright never downloads a browser: it drives <see cref="ChromiumPath"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public BrowserHostFactory Host { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Gets the folder the screenshots go to: <c>TestResults/screenshots/</c> under the test output folder.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests drive Debian's Chromium at {ChromiumPath}, which is not installed. Run .ci/services (it installs the chromium package) and run the tests again.");
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Directory.CreateDirectory(ScreenshotDirectory);
        BaseAddress = Host.Start();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>A new browser context (its own cookies), signed in as the demo user of <paramref name="role"/>.</summary>
    /// <remarks>Signs in through <c>POST /api/v1/auth/login</c> with the context's own request API, so the
    /// Identity cookie lands in the context; <see cref="Pages.SignInPageTests"/> covers the sign-in page itself.</remarks>
    public async Task<IPage> NewPageAsync(string role)
    {
        var page = await NewAnonymousPageAsync();
        var user = DemoUsers.All.Single(u => u.Role == role);
        var response = await page.APIRequest.PostAsync("/api/v1/auth/login", new APIRequestContextOptions
        {
            DataObject = new Dictionary<string, object> { ["email"] = user.Email, ["password"] = DemoUserOptions.DefaultPassword },
        });
        Assert.True(response.Ok, $"Signing in as {user.Email} failed: {response.Status} {await response.TextAsync()}");
        return page;
    }

    /// <summary>A new browser context (its own cookies), not signed in.</summary>
    public async Task<IPage> NewAnonymousPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Saves a full-page screenshot as <c>{name}.png</c> under <see cref="ScreenshotDirectory"/>.</summary>
    public static Task ScreenshotAsync(IPage page, string name)
        => page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"{name}.png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
