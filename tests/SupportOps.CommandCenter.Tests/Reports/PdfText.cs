using System.Text;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace SupportOps.CommandCenter.Tests.Reports;

/// <summary>Reads the text strings back out of a PDF's page content streams (decompressed by PDFsharp's reader).</summary>
internal static class PdfText
{
    public static (int Pages, string Text) Extract(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        var text = new StringBuilder();
        foreach (var page in document.Pages)
        {
            Walk(ContentReader.ReadContent(page), text);
        }

        return (document.PageCount, text.ToString());
    }

    private static void Walk(CObject item, StringBuilder text)
    {
        switch (item)
        {
            case CString s:
                text.Append(s.Value).Append('\n');
                break;
            case CSequence sequence:
                foreach (var child in sequence)
                {
                    Walk(child, text);
                }

                break;
            case COperator op:
                foreach (var operand in op.Operands)
                {
                    Walk(operand, text);
                }

                break;
        }
    }
}
