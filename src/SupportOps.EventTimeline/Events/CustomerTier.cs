using System.Text.Json.Serialization;

namespace SupportOps.EventTimeline.Events;

/// <summary>The commercial tier of the requesting customer.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CustomerTier>))]
public enum CustomerTier
{
    /// <summary>Free plan.</summary>
    [JsonStringEnumMemberName("free")]
    Free,

    /// <summary>Standard paid plan.</summary>
    [JsonStringEnumMemberName("standard")]
    Standard,

    /// <summary>Premium plan.</summary>
    [JsonStringEnumMemberName("premium")]
    Premium,

    /// <summary>Enterprise contract.</summary>
    [JsonStringEnumMemberName("enterprise")]
    Enterprise,
}
