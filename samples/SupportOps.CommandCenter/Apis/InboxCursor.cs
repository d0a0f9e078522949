using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace SupportOps.CommandCenter.Apis;

/// <summary>
/// The opaque keyset cursor: the sort, the last row's sort key and ticket id, base64url-encoded.
/// Clients pass it back unchanged; its format is not part of the API.
/// </summary>
/// <param name="Sort">The sort the cursor belongs to.</param>
/// <param name="Key">The last row's sort key (risk score bits or Unix ticks).</param>
/// <param name="TicketId">The last row's ticket id.</param>
internal sealed record InboxCursor(InboxSort Sort, long Key, string TicketId)
{
    /// <summary>Encodes the cursor.</summary>
    public string Encode()
        => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{(int)Sort}|{Key}|{TicketId}")));

    /// <summary>Decodes a cursor; false when it is not one this host wrote.</summary>
    public static bool TryDecode(string text, out InboxCursor? cursor)
    {
        cursor = null;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|', 3);
            if (parts.Length == 3
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sort)
                && Enum.IsDefined((InboxSort)sort)
                && long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var key)
                && parts[2].Length > 0)
            {
                cursor = new InboxCursor((InboxSort)sort, key, parts[2]);
                return true;
            }
        }
        catch (FormatException)
        {
        }

        return false;
    }
}
