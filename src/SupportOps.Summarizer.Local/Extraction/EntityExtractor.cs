using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using SupportOps.Summarizer.Abstractions.Results;
using SupportOps.Summarizer.Local.Data;
using SupportOps.Summarizer.Local.Text;

namespace SupportOps.Summarizer.Local.Extraction;

/// <summary>
/// Finds key entities with compiled patterns (ids, error codes, HTTP statuses, emails, URLs, money)
/// and a dictionary (products, integrations). Values are normalized so the same fact written two ways
/// is one entity.
/// </summary>
internal static partial class EntityExtractor
{
    private static readonly SearchValues<string> OrderMarkers = SearchValues.Create(["order", "ord-", "ord_", "ord#", "bestell", "auftrag", "pedido", "commande"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> InvoiceMarkers = SearchValues.Create(["invoice", "inv-", "inv_", "inv#", "rechnung", "factura", "facture"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> ErrorCodeMarkers = SearchValues.Create(["error code", "error id", "fehlercode", "digo de error", "code d'erreur", "code erreur"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> CurrencyMarkers = SearchValues.Create(["$", "€", "£", "¥", "usd", "gbp", "chf", "jpy", "dollar", "euro"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> CurrencyCodes = SearchValues.Create(["EUR", "CAD", "AUD"], StringComparison.Ordinal);
    private static readonly SearchValues<string> ReasonPhrases = SearchValues.Create(
        ["Internal Server Error", "Bad Gateway", "Service Unavailable", "Gateway Time", "Not Found", "Forbidden", "Unauthori", "Bad Request", "Too Many Requests", "Conflict", "Payload Too Large", "Unprocessable Entity", "Method Not Allowed", "Request Timeout"],
        StringComparison.OrdinalIgnoreCase);

    private const string IdKeywordTail = @"\s*(?:number|num(?:ber)?\.?|no\.?|nr\.?|n[º°o]\.?|n[uú]mero|num[ée]ro|id|#)?\s*[:#]?\s*#?\s*(?<id>[A-Z0-9][A-Z0-9-]{2,}[A-Z0-9])\b";

    /// <summary>Adds the entities found in one text, in order of position, to <paramref name="found"/>.</summary>
    public static void Extract(string text, List<Token> tokens, EntityDictionary dictionary, List<Candidate> found)
    {
        var local = new List<(int Position, Candidate Candidate)>();
        var span = text.AsSpan();

        // Each pattern runs only when a cheap vectorized search finds what it cannot match without
        // (a keyword, an underscore, a currency); most messages carry few entities.
        if (span.ContainsAny(OrderMarkers))
        {
            foreach (Match match in OrderPrefixed().Matches(text))
            {
                local.Add((match.Index, new(EntityType.OrderId, match.Value.ToUpperInvariant(), 0.95)));
            }

            foreach (Match match in OrderKeyword().Matches(text))
            {
                AddId(local, match, EntityType.OrderId);
            }
        }

        if (span.ContainsAny(InvoiceMarkers))
        {
            foreach (Match match in InvoicePrefixed().Matches(text))
            {
                local.Add((match.Index, new(EntityType.InvoiceId, match.Value.ToUpperInvariant(), 0.95)));
            }

            foreach (Match match in InvoiceKeyword().Matches(text))
            {
                AddId(local, match, EntityType.InvoiceId);
            }
        }

        if (span.Contains('_'))
        {
            foreach (Match match in ErrorCodeToken().Matches(text))
            {
                local.Add((match.Index, new(EntityType.ErrorCode, match.Value, 0.95)));
            }
        }

        if (span.ContainsAny(ErrorCodeMarkers))
        {
            foreach (Match match in ErrorCodeKeyword().Matches(text))
            {
                var code = match.Groups["code"].Value;
                if (code.Any(char.IsAsciiDigit) && !IsHttpStatus(code))
                {
                    local.Add((match.Index, new(EntityType.ErrorCode, code.ToUpperInvariant(), 0.8)));
                }
            }
        }

        if (span.ContainsAnyInRange('0', '9'))
        {
            if (span.Contains("http", StringComparison.OrdinalIgnoreCase))
            {
                AddStatuses(local, HttpPrefixed().Matches(text), 0.95);
            }

            if (span.ContainsAny(ReasonPhrases))
            {
                AddStatuses(local, HttpReasonPhrase().Matches(text), 0.95);
            }

            AddStatuses(local, HttpStatusKeyword().Matches(text), 0.8);
            AddStatuses(local, HttpVerbPhrase().Matches(text), 0.7);

            if (span.ContainsAny(CurrencyMarkers) || span.ContainsAny(CurrencyCodes))
            {
                AddMoney(local, MoneySymbolFirst().Matches(text));
                AddMoney(local, MoneyCodeFirst().Matches(text));
                AddMoney(local, MoneyAmountFirst().Matches(text));
            }
        }

        AddEmails(local, text);

        if (span.Contains("http", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match match in Url().Matches(text))
            {
                var url = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '\'', '"');
                local.Add((match.Index, new(EntityType.Url, url, 0.95)));
            }
        }

        var names = dictionary.Names;
        for (var index = 0; index < tokens.Count;)
        {
            if (!names.TryMatch(tokens, index, out var value, out var length))
            {
                index++;
                continue;
            }

            local.Add((tokens[index].Start, new(value.Type, value.Name, value.Type == EntityType.Integration ? 0.9 : 0.8)));
            index += length;
        }

        local.Sort((left, right) => left.Position.CompareTo(right.Position));
        foreach (var (_, candidate) in local)
        {
            found.Add(candidate);
        }
    }

    /// <summary>Merges duplicates (same type and value, keeping the first position and the highest confidence).</summary>
    public static List<KeyEntity> Merge(List<Candidate> candidates, int max)
    {
        var order = new List<(EntityType Type, string Value)>();
        var best = new Dictionary<(EntityType, string), double>();
        foreach (var candidate in candidates)
        {
            var key = (candidate.Type, candidate.Value);
            if (best.TryGetValue(key, out var confidence))
            {
                best[key] = Math.Max(confidence, candidate.Confidence);
            }
            else
            {
                best[key] = candidate.Confidence;
                order.Add(key);
            }
        }

        // An id that is also the digits of a prefixed id of the same type ("order 2024-0042" and "ORD-2024-0042") is kept once.
        var entities = new List<KeyEntity>(Math.Max(0, Math.Min(order.Count, max)));
        foreach (var key in order)
        {
            if (entities.Count >= max)
            {
                break;
            }

            if (!IsIdType(key.Item1) || !HasPrefixedTwin(order, key))
            {
                entities.Add(new KeyEntity(key.Item1, key.Item2, best[key]));
            }
        }

        return entities;
    }

    /// <summary>Whether another id of the same type ends with <c>-</c> and this id's value.</summary>
    private static bool HasPrefixedTwin(List<(EntityType Type, string Value)> order, (EntityType Type, string Value) key)
    {
        foreach (var other in order)
        {
            var value = other.Value;
            if (other.Type == key.Type
                && value.Length > key.Value.Length
                && value.EndsWith(key.Value, StringComparison.Ordinal)
                && value[value.Length - key.Value.Length - 1] == '-')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Finds <c>local@domain.tld</c> around each <c>@</c> (a vectorized search) instead of trying a
    /// pattern at every character: local part of letters, digits and <c>._%+-</c>; domain of labels
    /// of letters, digits and hyphens with a final label of two or more letters.
    /// </summary>
    private static void AddEmails(List<(int, Candidate)> local, string text)
    {
        for (var at = text.IndexOf('@', StringComparison.Ordinal); at >= 0; at = text.IndexOf('@', at + 1))
        {
            var start = at;
            while (start > 0 && IsLocalPartChar(text[start - 1]))
            {
                start--;
            }

            var end = at + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '-' or '.'))
            {
                end++;
            }

            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }

            var domain = text.AsSpan(at + 1, end - at - 1);
            var lastDot = domain.LastIndexOf('.');
            if (start == at || lastDot <= 0 || domain.Length - lastDot - 1 < 2 || !IsAsciiLetters(domain[(lastDot + 1)..]))
            {
                continue;
            }

            local.Add((start, new(EntityType.Email, text[start..end].TrimStart('.').ToLowerInvariant(), 0.95)));
        }
    }

    private static bool IsLocalPartChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsAsciiLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIdType(EntityType type) => type is EntityType.OrderId or EntityType.InvoiceId;

    private static void AddId(List<(int, Candidate)> local, Match match, EntityType type)
    {
        var id = match.Groups["id"].Value.ToUpperInvariant();
        if (id.Any(char.IsAsciiDigit) && !IsoDate().IsMatch(id) && !IsHttpStatus(id))
        {
            local.Add((match.Index, new(type, id, 0.85)));
        }
    }

    private static bool IsHttpStatus(string code) => code.Length == 3 && code[0] is >= '1' and <= '5' && code.All(char.IsAsciiDigit);

    private static void AddStatuses(List<(int, Candidate)> local, MatchCollection matches, double confidence)
    {
        foreach (Match match in matches)
        {
            local.Add((match.Index, new(EntityType.HttpStatus, "HTTP " + match.Groups["code"].Value, confidence)));
        }
    }

    private static void AddMoney(List<(int, Candidate)> local, MatchCollection matches)
    {
        foreach (Match match in matches)
        {
            var currency = CurrencyCode(match.Groups["cur"].Value);
            if (currency is not null && TryParseAmount(match.Groups["amt"].Value, out var amount))
            {
                local.Add((match.Index, new(EntityType.MoneyAmount, currency + " " + amount.ToString("F2", CultureInfo.InvariantCulture), 0.9)));
            }
        }
    }

    private static string? CurrencyCode(string currency) => currency.ToUpperInvariant() switch
    {
        "$" or "US$" or "USD" or "DOLLAR" or "DOLLARS" => "USD",
        "€" or "EUR" or "EURO" or "EUROS" => "EUR",
        "£" or "GBP" => "GBP",
        "¥" or "JPY" => "JPY",
        "CHF" => "CHF",
        "CAD" or "C$" => "CAD",
        "AUD" or "A$" => "AUD",
        _ => null,
    };

    /// <summary>Parses 1,299.00 / 1.299,00 / 1 299,00 / 49 / 49.5: the last separator followed by one or two digits is the decimal point.</summary>
    internal static bool TryParseAmount(string text, out decimal amount)
    {
        var lastSeparator = text.LastIndexOfAny(['.', ',']);
        var decimals = lastSeparator >= 0 && text.Length - lastSeparator - 1 is 1 or 2;
        Span<char> buffer = stackalloc char[text.Length];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                buffer[length++] = c;
            }
            else if (decimals && i == lastSeparator)
            {
                buffer[length++] = '.';
            }
        }

        return decimal.TryParse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    [GeneratedRegex(@"\bORD(?:ER)?[-_#]?\d[\dA-Z]*(?:-[\dA-Z]+)*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrderPrefixed();

    [GeneratedRegex(@"\b(?:order|bestellung|bestellnummer|auftrag|pedido|commande)" + IdKeywordTail, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrderKeyword();

    [GeneratedRegex(@"\bINV[-_#]?\d[\dA-Z]*(?:-[\dA-Z]+)*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InvoicePrefixed();

    [GeneratedRegex(@"\b(?:invoice|rechnung|rechnungsnummer|factura|facture)" + IdKeywordTail, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InvoiceKeyword();

    [GeneratedRegex(@"\b(?:ERR|E)_[A-Z0-9]+(?:_[A-Z0-9]+)*\b|\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:ERROR|FAILED|FAILURE|TIMEOUT|DENIED|INVALID|EXPIRED|DECLINED|NOT_FOUND|UNAVAILABLE|REFUSED|EXCEEDED)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ErrorCodeToken();

    [GeneratedRegex(@"\b(?:error\s+code|error\s+id|fehlercode|c[óo]digo\s+de\s+error|code\s+d'erreur|code\s+erreur)\s*[:#]?\s*(?<code>[A-Z0-9][A-Z0-9_-]{2,})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ErrorCodeKeyword();

    [GeneratedRegex(@"\bHTTP(?:/[\d.]+)?\s*[:-]?\s*(?<code>[1-5]\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HttpPrefixed();

    [GeneratedRegex(@"\b(?<code>[1-5]\d{2})\s*[-:]?\s*[(""]?(?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out|Not Found|Forbidden|Unauthori[sz]ed|Bad Request|Too Many Requests|Conflict|Payload Too Large|Unprocessable Entity|Method Not Allowed|Request Timeout)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HttpReasonPhrase();

    // The keyword sits in a lookbehind so the search starts at the rarer digits, not at every letter.
    [GeneratedRegex(@"(?<=\b(?:status(?:\s+code)?|response\s+code|error|errors|erreur|fehler|c[óo]digo)\s*[:=]?\s*)(?<code>[45]\d{2})\b(?![.,]\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HttpStatusKeyword();

    [GeneratedRegex(@"(?<=\b(?:getting|get|got|returns?|returning|returned|throws?|throwing|seeing|see|receiving|receive|received|a|an)\s+)(?<code>(?:40[0-9]|429|50[0-4]))s?\b(?![.,]\d)(?!\s*(?:€|\$|£|USD|EUR|GBP|users|customers|orders|items|times|seats|licen))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HttpVerbPhrase();

    [GeneratedRegex(@"\bhttps?://[^\s<>""'\]\)]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"(?<cur>US\$|C\$|A\$|[$€£¥])\s?(?<amt>\d{1,3}(?:[.,\u00A0 ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MoneySymbolFirst();

    [GeneratedRegex(@"\b(?<cur>USD|EUR|GBP|CHF|CAD|AUD|JPY)\s?(?<amt>\d{1,3}(?:[.,\u00A0 ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MoneyCodeFirst();

    [GeneratedRegex(@"(?<![\d.,])(?<amt>\d{1,3}(?:[.,\u00A0 ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s?(?<cur>[€$£]|USD\b|EUR\b|GBP\b|CHF\b|CAD\b|AUD\b|JPY\b|dollars?\b|euros?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoneyAmountFirst();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}

/// <summary>An entity found at some position, before duplicates are merged.</summary>
internal readonly record struct Candidate(EntityType Type, string Value, double Confidence);
