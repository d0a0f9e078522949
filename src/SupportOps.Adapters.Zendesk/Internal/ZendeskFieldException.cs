namespace SupportOps.Adapters.Zendesk.Internal;

/// <summary>A field of a Zendesk item is missing or has the wrong type; the item is rejected with this message.</summary>
internal sealed class ZendeskFieldException(string message) : Exception(message);
