using NodaTime;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SupportOps.CommandCenter.Reports;

/// <summary>
/// Renders an <see cref="ExecutiveReport"/> as a multi-section A4 PDF with PDFsharp: the title and
/// period, the narrative, the risks, and tables of the key figures, SLA attainment per timer, the
/// queues and the daily trend. Text is laid out line by line with page breaks as needed.
/// </summary>
/// <remarks>
/// <para>Fonts are Liberation Sans through <see cref="ReportFontResolver"/>, embedded as subsets with
/// WinAnsi encoding (so text extraction tools read the words back). The document's creation date is
/// the report's generation instant, not the wall clock.</para>
/// </remarks>
internal static class ExecutiveReportPdfRenderer
{
    private const double Margin = 50;
    private static readonly XPdfFontOptions FontOptions = new(PdfFontEncoding.WinAnsi);

    /// <summary>Renders the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="generatedAt">The instant recorded as the document's creation date.</param>
    /// <returns>The PDF bytes.</returns>
    public static byte[] Render(ExecutiveReport report, Instant generatedAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        ReportFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = report.Title;
        document.Info.Author = "SupportOps command center";
        document.Info.Subject = $"Executive report {report.Period}";
        document.Info.CreationDate = generatedAt.ToDateTimeUtc();
        var writer = new PageWriter(document);
        try
        {
            writer.Text(report.Title, writer.Title, 24);
            writer.Text($"{report.From} to {report.To} ({report.TimeZone}), compared with {report.PreviousFrom} to {report.PreviousTo}. Generated {report.GeneratedAt}.", writer.Small, 18);

            writer.Heading("Summary");
            foreach (var sentence in report.Narrative)
            {
                writer.Paragraph(sentence.Text);
            }

            writer.Heading("Risks");
            if (report.Risks.Count == 0)
            {
                writer.Paragraph("None: every queue and timer met the attainment target.");
            }

            foreach (var risk in report.Risks)
            {
                writer.Paragraph("- " + risk);
            }

            writer.Heading("Key figures");
            writer.Table(
                ["Figure", "Current", "Previous", "Change", "Trend"],
                [0.40, 0.15, 0.15, 0.12, 0.18],
                report.Figures.Select(f => new[]
                {
                    f.Name,
                    ExecutiveReportMarkdownRenderer.Value(f.Current, f.Unit),
                    ExecutiveReportMarkdownRenderer.Value(f.Previous, f.Unit),
                    ExecutiveReportMarkdownRenderer.Signed(f.Change),
                    f.Trend.Replace('_', ' ') + (f.Flagged ? " (!)" : string.Empty),
                }));

            writer.Heading("SLA attainment by timer");
            writer.Table(
                ["Timer", "Met", "Breached", "Attainment", "Previous"],
                [0.32, 0.14, 0.14, 0.2, 0.2],
                report.SlaByTimer.Select(t => new[]
                {
                    ExecutiveReportBuilder.Label(t.Timer),
                    t.Met.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    t.Breached.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ExecutiveReportBuilder.Pct(t.Attainment),
                    ExecutiveReportBuilder.Pct(t.PreviousAttainment),
                }));

            writer.Heading("Queues");
            writer.Table(
                ["Queue", "Created", "Solved", "Escalated", "Breached", "Attainment", "Backlog"],
                [0.28, 0.12, 0.12, 0.12, 0.12, 0.14, 0.10],
                report.Queues.Select(q => new[]
                {
                    q.Queue, Int(q.Created), Int(q.Solved), Int(q.Escalated), Int(q.SlaBreached), ExecutiveReportBuilder.Pct(q.SlaAttainment), Int(q.Backlog),
                }));

            writer.Heading("Daily trend");
            writer.Table(
                ["Day", "Created", "Solved", "Escalated", "Breached", "Attainment", "Backlog"],
                [0.22, 0.13, 0.13, 0.13, 0.13, 0.14, 0.12],
                report.Daily.Select(d => new[]
                {
                    d.Day, Int(d.Created), Int(d.Solved), Int(d.Escalated), Int(d.SlaBreached), ExecutiveReportBuilder.Pct(d.SlaAttainment), Int(d.Backlog),
                }));
        }
        finally
        {
            writer.Dispose();
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes lines top to bottom, starting a new page when the current one is full.</summary>
    private sealed class PageWriter(PdfDocument document) : IDisposable
    {
        private XGraphics? _gfx;
        private double _y;
        private double _width;
        private double _bottom;

        public XFont Title { get; } = new(ReportFontResolver.FamilyName, 17, XFontStyleEx.Bold, FontOptions);

        public XFont HeadingFont { get; } = new(ReportFontResolver.FamilyName, 13, XFontStyleEx.Bold, FontOptions);

        public XFont Body { get; } = new(ReportFontResolver.FamilyName, 10, XFontStyleEx.Regular, FontOptions);

        public XFont Small { get; } = new(ReportFontResolver.FamilyName, 8.5, XFontStyleEx.Regular, FontOptions);

        public XFont TableHeader { get; } = new(ReportFontResolver.FamilyName, 8.5, XFontStyleEx.Bold, FontOptions);

        private XGraphics Gfx => _gfx ?? NewPage();

        public void Heading(string text)
        {
            Space(34);
            _y += 10;
            Text(text, HeadingFont, 20);
        }

        public void Paragraph(string text)
        {
            foreach (var line in Wrap(text, Body, _width == 0 ? ContentWidth() : _width))
            {
                Text(line, Body, 14);
            }

            _y += 4;
        }

        public void Text(string text, XFont font, double height)
        {
            Space(height);
            Gfx.DrawString(text, font, XBrushes.Black, new XRect(Margin, _y, _width, height), XStringFormats.TopLeft);
            _y += height;
        }

        public void Table(string[] headers, double[] fractions, IEnumerable<string[]> rows)
        {
            const double rowHeight = 15;
            Space(rowHeight * 2);
            Row(headers, fractions, TableHeader, header: true);
            foreach (var row in rows)
            {
                if (_y + rowHeight > _bottom)
                {
                    NewPage();
                    Row(headers, fractions, TableHeader, header: true);
                }

                Row(row, fractions, Small, header: false);
            }
        }

        public void Dispose() => _gfx?.Dispose();

        private void Row(string[] cells, double[] fractions, XFont font, bool header)
        {
            const double rowHeight = 15;
            var gfx = Gfx;
            if (header)
            {
                gfx.DrawRectangle(XBrushes.LightGray, Margin, _y, _width, rowHeight);
            }

            var x = Margin;
            for (var i = 0; i < cells.Length; i++)
            {
                var cellWidth = _width * fractions[i];
                var rect = new XRect(x + 3, _y + 2, cellWidth - 6, rowHeight - 2);
                gfx.DrawString(Fit(cells[i], font, cellWidth - 6), font, XBrushes.Black, rect, i == 0 ? XStringFormats.TopLeft : XStringFormats.TopRight);
                x += cellWidth;
            }

            _y += rowHeight;
            gfx.DrawLine(XPens.Gray, Margin, _y, Margin + _width, _y);
        }

        private string Fit(string text, XFont font, double width)
        {
            if (Gfx.MeasureString(text, font).Width <= width)
            {
                return text;
            }

            var cut = text;
            while (cut.Length > 1 && Gfx.MeasureString(cut + "...", font).Width > width)
            {
                cut = cut[..^1];
            }

            return cut + "...";
        }

        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var line = string.Empty;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && Gfx.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            return lines;
        }

        private void Space(double height)
        {
            if (_gfx is null || _y + height > _bottom)
            {
                NewPage();
            }
        }

        private double ContentWidth()
        {
            _ = Gfx;
            return _width;
        }

        private XGraphics NewPage()
        {
            _gfx?.Dispose();
            var page = document.AddPage();
            page.Size = PageSize.A4;
            _gfx = XGraphics.FromPdfPage(page);
            _width = page.Width.Point - (2 * Margin);
            _bottom = page.Height.Point - Margin;
            _y = Margin;
            return _gfx;
        }
    }
}
