using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportOps.Adapters.Ports;

namespace SupportOps.CommandCenter.Tests.Background;

/// <summary>
/// The host for the background-work tests: webhook secrets, the mock adapters' fixture folders, a named
/// instance id, optionally a database file shared with another host, a seeded workload, and notification
/// sinks replaced by the test's own. The hosted services stay off (appsettings.Testing.json): tests drive
/// each job's single iteration directly.
/// </summary>
public sealed class WorkerFactory : CommandCenterFactory
{
    public const string SlackSecret = "test-slack-signing-secret";
    public const string ZendeskSecret = "test-zendesk-webhook-secret";
    public const string EmailSecret = "test-email-webhook-secret";

    private readonly string? _sharedPath;
    private readonly int _seeded;
    private readonly IReadOnlyList<INotificationSink>? _sinks;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public WorkerFactory(string instanceId = "test-instance", string? sharedPath = null, int seeded = 0, IReadOnlyList<INotificationSink>? sinks = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        InstanceId = instanceId;
        _sharedPath = sharedPath;
        _seeded = seeded;
        _sinks = sinks;
        _settings = settings ?? new Dictionary<string, string?>();
    }

    public string InstanceId { get; }

    protected override int SeededTickets => _seeded;

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"commandcenter-worker-{Path.GetRandomFileName()}.db");

    public static void DeleteDatabase(string path)
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (_sharedPath is not null)
        {
            builder.UseSetting("CommandCenter:Database:ConnectionString", $"Data Source={_sharedPath};Pooling=False;Default Timeout=60");
        }

        builder.UseSetting("CommandCenter:Background:InstanceId", InstanceId);
        builder.UseSetting("Adapters:Secrets:Slack:SigningSecret", SlackSecret);
        builder.UseSetting("Adapters:Secrets:Zendesk:WebhookSigningSecret", ZendeskSecret);
        builder.UseSetting("Adapters:Secrets:Email:WebhookSigningSecret", EmailSecret);
        builder.UseSetting("Adapters:Email:SupportAddresses:0", "supportops.example");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }

        if (_sinks is not null)
        {
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<INotificationSink>();
                foreach (var sink in _sinks)
                {
                    services.AddSingleton(sink);
                }
            });
        }
    }
}
