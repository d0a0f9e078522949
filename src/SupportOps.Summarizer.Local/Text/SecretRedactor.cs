using System.Buffers;
using System.Text.RegularExpressions;

namespace SupportOps.Summarizer.Local.Text;

/// <summary>
/// Replaces credentials customers paste into tickets (API keys, tokens, passwords after a label) with
/// <c>[redacted]</c>, so they never reach a summary or an entity.
/// </summary>
internal static partial class SecretRedactor
{
    public const string Replacement = "[redacted]";

    // Cheap vectorized checks for what each pattern cannot match without.
    private static readonly SearchValues<string> TokenMarkers = SearchValues.Create(["sk-", "sk_", "rk-", "rk_", "pk-", "pk_", "AKIA", "gh", "xox", "Bearer", "eyJ"], StringComparison.Ordinal);
    private static readonly SearchValues<string> LabelMarkers = SearchValues.Create(
        ["password", "passwort", "kennwort", "contraseña", "mot de passe", "passcode", "pin", "api", "secret", "token"],
        StringComparison.OrdinalIgnoreCase);

    public static string Redact(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var redacted = text.AsSpan().ContainsAny(TokenMarkers) ? Tokens().Replace(text, Replacement) : text;
        return redacted.AsSpan().ContainsAny(LabelMarkers)
            ? Labelled().Replace(redacted, match => match.Groups["label"].Value + Replacement)
            : redacted;
    }

    [GeneratedRegex(
        @"\b(?:sk|rk|pk)[-_][A-Za-z0-9_-]{16,}|\bAKIA[0-9A-Z]{16}\b|\bgh[pousr]_[A-Za-z0-9]{30,}\b|\bxox[abprs]-[A-Za-z0-9-]{10,}|\bBearer\s+[A-Za-z0-9._~+/-]{16,}=*|\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}",
        RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();

    [GeneratedRegex(
        @"(?<label>\b(?:password|passwort|kennwort|contraseña|mot de passe|passcode|pin|api[ _-]?key|secret|token|client[ _-]?secret)\b\s*(?:is|:|=|ist|es|est)\s*)[""']?\S{4,}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();
}
