using CsvHelper;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Exports;
using SupportOps.EventTimeline.Serialization;
using SupportOps.EventTimeline.Tests.Support;

namespace SupportOps.EventTimeline.Tests.Exports;

public sealed class TimelineExporterTests
{
    private static readonly EventEnvelope[] SmallTicket =
    [
        Samples.Envelope(Samples.Created(), 1, actor: Samples.Customer),
        Samples.Envelope(Samples.CustomerMessage(), 2, actor: Samples.Customer),
        Samples.Envelope(Samples.Reply("Unplug it and step away.\n\nWe are on our way."), 3),
        Samples.Envelope(new StatusChanged { From = TicketStatus.Open, To = TicketStatus.Solved }, 4),
        Samples.Envelope(new SlaBreached { TimerKind = SlaTimerKind.FirstResponse, Cycle = 1, DueAt = Samples.T0 + Duration.FromHours(1) }, 5, actor: Actor.System("sla-engine")),
    ];

    [Fact]
    public async Task MarkdownTranscript_SmallTicket_MatchesTheExpectedText()
    {
        var sut = new MarkdownTranscriptExporter();
        var writer = new StringWriter();

        await sut.WriteAsync(writer, SmallTicket);

        Assert.Equal(
            """
            ## Ticket T-1: Printer on fire

            - 2026-03-08T06:31:00Z · Dana Reyes (customer) created the ticket via email: "Printer on fire" (priority p1, tier premium, queue support-l1, tags hardware, urgent)
            - 2026-03-08T06:32:00Z · Dana Reyes (customer) wrote via email (attachment: photo.jpg)
              > It is smoking, please help.
            - 2026-03-08T06:33:00Z · Sam Ortiz (agent) replied publicly via email
              > Unplug it and step away.
              >
              > We are on our way.
            - 2026-03-08T06:34:00Z · Sam Ortiz (agent) changed the status from open to solved
            - 2026-03-08T06:35:00Z · sla-engine (system) recorded a breach of the first_response SLA (cycle 1), due at 2026-03-08T07:30:00Z

            """.ReplaceLineEndings("\n"),
            writer.ToString());
    }

    [Fact]
    public async Task MarkdownTranscript_TwoTickets_WritesAHeadingPerTicketInFirstSeenOrder()
    {
        var sut = new MarkdownTranscriptExporter();
        var writer = new StringWriter();
        EventEnvelope[] events =
        [
            Samples.Envelope(new Escalated { Reason = "angry" }, 7, ticketId: "T-9"),
            Samples.Envelope(Samples.Created("Other"), 1, ticketId: "T-2"),
            Samples.Envelope(new Escalated { Reason = "again" }, 8, ticketId: "T-9"),
        ];

        await sut.WriteAsync(writer, events);

        Assert.Equal(
            """
            ## Ticket T-9

            - 2026-03-08T06:37:00Z · Sam Ortiz (agent) escalated the ticket: angry
            - 2026-03-08T06:38:00Z · Sam Ortiz (agent) escalated the ticket: again

            ## Ticket T-2: Other

            - 2026-03-08T06:31:00Z · Sam Ortiz (agent) created the ticket via email: "Other" (priority p1, tier premium, queue support-l1, tags hardware, urgent)

            """.ReplaceLineEndings("\n"),
            writer.ToString());
    }

    [Fact]
    public async Task MarkdownTranscript_LineBreaksInSubjectAndReason_StayOnOneLine()
    {
        var sut = new MarkdownTranscriptExporter();
        var writer = new StringWriter();

        await sut.WriteAsync(writer, Samples.Stream("T-1", Samples.Created("Two\nlines"), new Escalated { Reason = "a\r\nb" }));

        Assert.Equal(
            """
            ## Ticket T-1: Two lines

            - 2026-03-08T06:31:00Z · Sam Ortiz (agent) created the ticket via email: "Two lines" (priority p1, tier premium, queue support-l1, tags hardware, urgent)
            - 2026-03-08T06:32:00Z · Sam Ortiz (agent) escalated the ticket: a b

            """.ReplaceLineEndings("\n"),
            writer.ToString());
    }

    [Fact]
    public async Task MarkdownTranscript_EveryKind_WritesOneLinePerEvent()
    {
        var sut = new MarkdownTranscriptExporter();
        var writer = new StringWriter();
        var events = Samples.OneOfEachKind().Select((ticketEvent, index) => Samples.Envelope(ticketEvent, index + 1)).ToArray();

        await sut.WriteAsync(writer, events);

        Assert.Equal(events.Length, writer.ToString().Split('\n').Count(line => line.StartsWith("- ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Csv_EveryKind_HasTheHeaderAndOneRowPerEvent()
    {
        var sut = new CsvTimelineExporter();
        var writer = new StringWriter();
        var events = Samples.OneOfEachKind().Select((ticketEvent, index) => Samples.Envelope(ticketEvent, index + 1)).ToArray();

        await sut.WriteAsync(writer, events);
        var rows = ReadCsv(writer.ToString());

        Assert.Equal(CsvTimelineExporter.Columns, rows[0]);
        Assert.Equal(events.Length, rows.Count - 1);
        Assert.Equal(events.Select(envelope => envelope.Event.WireName), rows.Skip(1).Select(row => row[11]));
        Assert.Equal(["evt-T-1-1", "T-1", "1", "2026-03-08T06:31:00Z", "2026-03-08T06:31:02Z", "agent", "agent-7", "Sam Ortiz", "zendesk", "zendesk:T-1:1", "2"], rows[1].Take(11));
    }

    [Fact]
    public async Task Csv_BodyWithCommasQuotesAndNewlines_IsQuotedAndReadsBack()
    {
        const string Body = "First, \"quoted\" line\nsecond line";
        var sut = new CsvTimelineExporter();
        var writer = new StringWriter();

        await sut.WriteAsync(writer, [Samples.Envelope(Samples.CustomerMessage(Body))]);
        var text = writer.ToString();
        var rows = ReadCsv(text);

        Assert.Contains("\"First, \"\"quoted\"\" line\nsecond line\"", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(2, rows.Count);
        Assert.Equal(Body, rows[1][13]);
        Assert.Equal("wrote via email (attachment: photo.jpg)", rows[1][12]);
    }

    [Fact]
    public async Task JsonLines_ReReadsToTheSameEvents()
    {
        var sut = new JsonLinesTimelineExporter();
        var writer = new StringWriter();

        await sut.WriteAsync(writer, SmallTicket);
        var reread = await TimelineJson.ReadJsonLinesAsync(new StringReader(writer.ToString())).ToListAsync();

        Assert.Equal(SmallTicket, reread);
    }

    [Fact]
    public void Exporters_ReportTheirFormats()
    {
        Assert.Equal(TimelineExportFormat.JsonLines, new JsonLinesTimelineExporter().Format);
        Assert.Equal(TimelineExportFormat.Csv, new CsvTimelineExporter().Format);
        Assert.Equal(TimelineExportFormat.Markdown, new MarkdownTranscriptExporter().Format);
    }

    [Fact]
    public async Task Exporters_NullArguments_Throw()
    {
        ITimelineExporter[] exporters = [new JsonLinesTimelineExporter(), new CsvTimelineExporter(), new MarkdownTranscriptExporter()];
        foreach (var sut in exporters)
        {
            await Assert.ThrowsAsync<ArgumentNullException>(() => sut.WriteAsync(null!, SmallTicket));
            await Assert.ThrowsAsync<ArgumentNullException>(() => sut.WriteAsync(new StringWriter(), null!));
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public void MarkdownTranscript_GeneratedEvents_Meets_Specification(EventEnvelope[] events)
    {
        var writer = new StringWriter();

        new MarkdownTranscriptExporter().WriteAsync(writer, events).GetAwaiter().GetResult();
        var lines = writer.ToString().Split('\n');

        Assert.Equal(events.Length, lines.Count(line => line.StartsWith("- ", StringComparison.Ordinal)));
        Assert.Equal(events.Select(envelope => envelope.TicketId).Distinct().Count(), lines.Count(line => line.StartsWith("## Ticket ", StringComparison.Ordinal)));
        Assert.All(lines, line => Assert.True(
            line.Length == 0 || line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("## Ticket ", StringComparison.Ordinal) || line.StartsWith("  >", StringComparison.Ordinal),
            $"unexpected transcript line: {line}"));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public void Csv_GeneratedEvents_Meets_Specification(EventEnvelope[] events)
    {
        var writer = new StringWriter();

        new CsvTimelineExporter().WriteAsync(writer, events).GetAwaiter().GetResult();
        var rows = ReadCsv(writer.ToString());

        Assert.Equal(events.Length + 1, rows.Count);
        Assert.Equal(events.Select(envelope => envelope.DedupeKey), rows.Skip(1).Select(row => row[9]));
        Assert.Equal(events.Select(envelope => Body(envelope.Event) ?? string.Empty), rows.Skip(1).Select(row => row[13]));
    }

    private static string? Body(TicketEvent ticketEvent) => ticketEvent switch
    {
        MessageEvent message => message.Body,
        SummaryGenerated summary => summary.Text,
        _ => null,
    };

    private static List<string[]> ReadCsv(string text)
    {
        using var reader = CsvReader.FromText(text, CsvReaderOptions.Default);
        var rows = new List<string[]> { reader.Headers.ToArray() };
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }

        return rows;
    }

    public static class Arbitraries
    {
        public static Arbitrary<EventEnvelope[]> Envelopes() => Gen.ArrayOf(TimelineGen.Envelope).ToArbitrary();
    }
}
