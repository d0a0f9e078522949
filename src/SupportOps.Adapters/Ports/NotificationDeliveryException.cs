namespace SupportOps.Adapters.Ports;

/// <summary>A notification sink could not deliver a message.</summary>
public sealed class NotificationDeliveryException : Exception
{
    /// <summary>Initializes an exception for a transient failure.</summary>
    public NotificationDeliveryException()
        : this("The notification could not be delivered.", isTransient: true)
    {
    }

    /// <summary>Initializes an exception for a transient failure.</summary>
    /// <param name="message">What failed.</param>
    public NotificationDeliveryException(string message)
        : this(message, isTransient: true)
    {
    }

    /// <summary>Initializes an exception for a transient failure with its cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public NotificationDeliveryException(string message, Exception innerException)
        : base(message, innerException) => IsTransient = true;

    /// <summary>Initializes an exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="isTransient">Whether retrying may succeed.</param>
    public NotificationDeliveryException(string message, bool isTransient)
        : base(message) => IsTransient = isTransient;

    /// <summary>Gets whether retrying may succeed (timeouts, rate limits, server errors).</summary>
    public bool IsTransient { get; }
}
