namespace SupportOps.Summarizer.Abstractions.Results;

/// <summary>The kind of a key entity. Wire values are snake_case (<c>order_id</c>, <c>http_status</c>, ...).</summary>
public enum EntityType
{
    /// <summary>An order number, normalized to upper case (<c>ORD-2024-0042</c>, <c>84512</c>).</summary>
    OrderId,

    /// <summary>An invoice number, normalized to upper case (<c>INV-10023</c>).</summary>
    InvoiceId,

    /// <summary>An application error code (<c>ERR_PAYMENT_DECLINED</c>).</summary>
    ErrorCode,

    /// <summary>An HTTP status, normalized to <c>HTTP 502</c>.</summary>
    HttpStatus,

    /// <summary>An email address, in lower case.</summary>
    Email,

    /// <summary>A URL.</summary>
    Url,

    /// <summary>A money amount, normalized to an ISO currency code and two decimals (<c>USD 49.00</c>).</summary>
    MoneyAmount,

    /// <summary>A product or feature name from a dictionary.</summary>
    Product,

    /// <summary>A third-party integration name from a dictionary.</summary>
    Integration,
}
