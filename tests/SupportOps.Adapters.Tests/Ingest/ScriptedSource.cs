using System.Globalization;
using System.Text;
using SupportOps.Adapters.Ports;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Tests.Ingest;

/// <summary>
/// A ticket source over scripted pages. The cursor is the index of the next page to deliver; a
/// delivery plan may repeat or reorder pages to simulate redelivery and out-of-order feeds.
/// </summary>
internal sealed class ScriptedSource : ITicketSource
{
    private readonly IReadOnlyList<string[]> pages;
    private readonly IReadOnlyList<int> plan;

    public ScriptedSource(IReadOnlyList<string[]> pages, IReadOnlyList<int>? plan = null)
    {
        this.pages = pages;
        this.plan = plan ?? [.. Enumerable.Range(0, pages.Count)];
    }

    public EventSource Source => EventSource.Api;

    public List<string> Acked { get; } = [];

    public Func<SourceCursor, Exception?> AckFailure { get; set; } = _ => null;

    public ValueTask<AdapterHealth> CheckHealthAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(AdapterHealth.Healthy("scripted"));

    public ValueTask<ChangePage> ListChangesAsync(SourceCursor? after, CancellationToken cancellationToken = default)
    {
        var position = after is null ? 0 : int.Parse(after.Value, CultureInfo.InvariantCulture);
        if (position >= plan.Count)
        {
            return ValueTask.FromResult(new ChangePage { Payloads = [], Cursor = after, HasMore = false });
        }

        var index = plan[position];
        var payloads = pages[index]
            .Select((body, i) => new SourcePayload($"page-{index}-{i}", Encoding.UTF8.GetBytes(body)))
            .ToArray();
        return ValueTask.FromResult(new ChangePage
        {
            Payloads = [.. payloads],
            Cursor = new SourceCursor((position + 1).ToString(CultureInfo.InvariantCulture)),
            HasMore = position + 1 < plan.Count,
        });
    }

    public ValueTask<IReadOnlyList<SourcePayload>> FetchTicketAsync(string externalTicketId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<SourcePayload>>([]);

    public ValueTask AckAsync(SourceCursor cursor, CancellationToken cancellationToken = default)
    {
        if (AckFailure(cursor) is { } failure)
        {
            throw failure;
        }

        Acked.Add(cursor.Value);
        return ValueTask.CompletedTask;
    }
}
