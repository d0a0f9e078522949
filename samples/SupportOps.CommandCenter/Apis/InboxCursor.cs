using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace SupportOps.CommandCenter.Apis;

/// <summary>
/// The opaque keyset cursor: the sort, the last row's sort keys and ticket id, base64url-encoded.
/// Clients pass it back unchanged; its format is not part of the API.
/// </summary>
/// <param name="Sort">The sort the cursor belongs to.</param>
/// <param name="Keys">The last row's sort keys, in sort order (risk score bits, flags, Unix ticks, priority rank).</param>
/// <param name="TicketId">The last row's ticket id.</param>
internal sealed record InboxCursor(InboxSort Sort, IReadOnlyList<long> Keys, string TicketId)
{
    /// <summary>Encodes the cursor.</summary>
    public string Encode()
        => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{(int)Sort}|{string.Join(',', Keys)}|{TicketId}")));

    /// <summary>Decodes a cursor; false when it is not one this host wrote.</summary>
    public static bool TryDecode(string text, out InboxCursor? cursor)
    {
        cursor = null;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|', 3);
            if (parts.Length != 3
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sort)
                || !Enum.IsDefined((InboxSort)sort)
                || parts[2].Length == 0)
            {
                return false;
            }

            var keyTexts = parts[1].Split(',');
            var keys = new long[keyTexts.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                if (!long.TryParse(keyTexts[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out keys[i]))
                {
                    return false;
                }
            }

            if (keys.Length != KeyCount((InboxSort)sort))
            {
                return false;
            }

            cursor = new InboxCursor((InboxSort)sort, keys, parts[2]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>How many keys (before the ticket id) a sort's cursor carries.</summary>
    public static int KeyCount(InboxSort sort) => sort == InboxSort.Triage ? 3 : 1;
}
