using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SupportOps.CommandCenter.Agents;
using SupportOps.CommandCenter.Audit;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.RoutingEngine.Policies;
using SupportOps.SlaEngine.Policies;

namespace SupportOps.CommandCenter.Settings;

/// <summary>
/// Reads and saves versioned settings documents and keeps <see cref="ActiveSettings"/> in step with the
/// database.
/// </summary>
/// <remarks>
/// <para>Saving validates first (<see cref="SettingsValidator"/>); an invalid document changes
/// nothing, and so does one with the active document's content. A valid, different one is stored as the next version together with its audit entry in one
/// <c>SaveChanges</c>, then becomes active in this process at once. Other host instances pick it up
/// on their next <see cref="RefreshAsync"/> (every settings read and routing call does one small
/// indexed query).</para>
/// <para>Scoped, over the request's context. Not thread-safe.</para>
/// </remarks>
internal sealed partial class SettingsStore(
    CommandCenterDbContext db,
    ActiveSettings active,
    CapacitySnapshotFactory capacity,
    IAuditLog audit,
    IClock clock,
    ILogger<SettingsStore> logger)
{
    /// <summary>Makes the active settings match the latest stored versions.</summary>
    public async Task<ActiveSettingsSnapshot> RefreshAsync(CancellationToken cancellationToken)
    {
        var latest = await db.SettingsVersions.AsNoTracking()
            .GroupBy(s => s.Kind)
            .Select(g => new { Kind = g.Key, Version = g.Max(s => s.Version) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var current = active.Current;
        var stale = latest
            .Where(l => Vocabulary.TryParse<SettingsKind>(l.Kind, out var kind) && current.Document(kind).Version < l.Version)
            .ToList();
        if (stale.Count == 0)
        {
            return current;
        }

        foreach (var kind in new[] { SettingsKind.Calendars, SettingsKind.SlaPolicies, SettingsKind.RoutingPolicy })
        {
            var wire = Vocabulary.Wire(kind);
            var entry = stale.FirstOrDefault(s => s.Kind == wire);
            if (entry is null)
            {
                continue;
            }

            var row = await db.SettingsVersions.AsNoTracking()
                .SingleAsync(s => s.Kind == wire && s.Version == entry.Version, cancellationToken).ConfigureAwait(false);
            try
            {
                var document = ToDocument(kind, row);
                active.Update(settings => settings.Document(kind).Version >= document.Version ? settings : settings.With(Parse(document)));
            }
            catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidRoutingPolicyException)
            {
                LogInvalidStored(logger, exception, wire, row.Version);
            }
        }

        return active.Current;
    }

    /// <summary>Validates a document against the active settings and the agents, without saving it.</summary>
    public async Task<SettingsCandidate> ValidateAsync(SettingsKind kind, string json, CancellationToken cancellationToken)
    {
        var settings = await RefreshAsync(cancellationToken).ConfigureAwait(false);
        var snapshot = await capacity.CreateAsync(clock.GetCurrentInstant(), null, null, cancellationToken).ConfigureAwait(false);
        return SettingsValidator.Validate(kind, json, settings, snapshot);
    }

    /// <summary>Validates and, when valid, saves a document as the next version, audits it and makes it active.</summary>
    /// <returns>
    /// The candidate (with errors when invalid); the saved document (the active one when the content is
    /// unchanged), or null when invalid or when a concurrent save took the version; whether a new version was stored.
    /// </returns>
    public async Task<(SettingsCandidate Candidate, SettingsDocument? Saved, bool Conflict, bool Changed)> SaveAsync(SettingsKind kind, string json, string actor, CancellationToken cancellationToken)
    {
        var candidate = await ValidateAsync(kind, json, cancellationToken).ConfigureAwait(false);
        if (!candidate.IsValid)
        {
            return (candidate, null, false, false);
        }

        var before = active.Current.Document(kind);
        if (SameContent(json, before.Json))
        {
            // Saving what is already active changes nothing: no new version, no audit entry.
            return (candidate, before, false, false);
        }

        var now = clock.GetCurrentInstant();
        var version = before.Version + 1;
        var wire = Vocabulary.Wire(kind);
        db.SettingsVersions.Add(new SettingsVersionRecord { Kind = wire, Version = version, Document = json, SavedAtTicks = now.ToUnixTimeTicks(), SavedBy = actor });
        var saved = new SettingsDocument(kind, version, json, now, actor);
        audit.Stage(new AuditEntry(now, actor, AuditActions.SettingsUpdated, $"settings:{wire}", Summarize(before, active.Current), Summarize(saved, null, candidate)));
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return (candidate, null, true, false);
        }

        active.Update(settings => settings.With(new SettingsCandidate
        {
            Kind = kind,
            Document = saved,
            Errors = candidate.Errors,
            Calendars = candidate.Calendars,
            SlaPolicies = candidate.SlaPolicies,
            RoutingPolicy = candidate.RoutingPolicy,
        }));
        return (candidate, saved, false, true);
    }

    /// <summary>Whether two JSON documents have the same content (formatting and property order of objects aside).</summary>
    internal static bool SameContent(string a, string b)
    {
        try
        {
            return System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(a), System.Text.Json.Nodes.JsonNode.Parse(b));
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static SettingsDocument ToDocument(SettingsKind kind, SettingsVersionRecord row) =>
        new(kind, row.Version, row.Document, Instant.FromUnixTimeTicks(row.SavedAtTicks), row.SavedBy);

    private static SettingsCandidate Parse(SettingsDocument document) => document.Kind switch
    {
        SettingsKind.Calendars => new SettingsCandidate { Kind = document.Kind, Document = document, Errors = new Dictionary<string, string[]>(), Calendars = SettingsValidator.ParseCalendars(document.Json) },
        SettingsKind.SlaPolicies => new SettingsCandidate { Kind = document.Kind, Document = document, Errors = new Dictionary<string, string[]>(), SlaPolicies = SlaPolicySet.FromJson(document.Json) },
        _ => new SettingsCandidate { Kind = document.Kind, Document = document, Errors = new Dictionary<string, string[]>(), RoutingPolicy = RoutingPolicy.FromJson(document.Json) },
    };

    /// <summary>A one-line summary of a settings document for the audit log: version, content digest, what it holds.</summary>
    internal static string Summarize(SettingsDocument document, ActiveSettingsSnapshot? settings, SettingsCandidate? candidate = null)
    {
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document.Json)).AsSpan(0, 6));
        var content = document.Kind switch
        {
            SettingsKind.Calendars => "calendars " + string.Join(", ", (candidate?.Calendars ?? settings?.CalendarSet)?.Names ?? []),
            SettingsKind.SlaPolicies => "policies " + string.Join(", ", ((candidate?.SlaPolicies ?? settings?.SlaPolicySet)?.All ?? []).Select(p => p.Id)),
            _ => (candidate?.RoutingPolicy ?? settings?.RoutingPolicy) is { } policy ? $"routing policy {policy.Version} ({policy.Rules.Length} rules)" : "routing policy",
        };
        return $"version {document.Version}{(document.Version == 0 ? " (built-in)" : string.Empty)}, sha256 {digest}, {content}";
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Stored settings {Kind} version {Version} no longer parses; keeping the active one.")]
    private static partial void LogInvalidStored(ILogger logger, Exception exception, string kind, int version);
}
