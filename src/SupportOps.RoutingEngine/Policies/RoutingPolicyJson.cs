using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportOps.RoutingEngine.Policies;

/// <summary>The JSON form of a policy: snake_case keys and enum values, unknown keys rejected.</summary>
internal static class RoutingPolicyJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        AllowTrailingCommas = false,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    public static RoutingPolicy Read(string json)
    {
        PolicyDto dto;
        try
        {
            dto = JsonSerializer.Deserialize<PolicyDto>(json, Options)
                ?? throw new InvalidRoutingPolicyException("The routing policy JSON is null.");
        }
        catch (JsonException e)
        {
            throw new InvalidRoutingPolicyException($"The routing policy JSON is malformed: {e.Message}", e);
        }

        var builder = new RoutingPolicyBuilder();
        try
        {
            builder.WithVersion(dto.Version).WithSalt(dto.Salt).WithDefaultQueue(dto.DefaultQueue).AddQueues([.. dto.Queues]);
            foreach (var rule in dto.Rules)
            {
                builder.AddRule(new RoutingRule(
                    rule.Id,
                    rule.When?.Select(ToCondition),
                    ToTarget(rule.Target),
                    rule.Queue,
                    rule.Fallback is null ? null : ToTarget(rule.Fallback)));
            }
        }
        catch (ArgumentException e)
        {
            throw new InvalidRoutingPolicyException($"The routing policy JSON has an invalid value: {e.Message}", e);
        }

        return builder.Build();
    }

    public static string Write(RoutingPolicy policy)
    {
        var dto = new PolicyDto
        {
            Version = policy.Version,
            Salt = policy.Salt,
            DefaultQueue = policy.DefaultQueue,
            Queues = [.. policy.Queues],
            Rules =
            [
                .. policy.Rules.Select(rule => new RuleDto
                {
                    Id = rule.Id,
                    When = rule.Conditions.IsEmpty ? null : [.. rule.Conditions.Select(FromCondition)],
                    Queue = rule.Queue,
                    Target = FromTarget(rule.Target),
                    Fallback = rule.Fallback is null ? null : FromTarget(rule.Fallback),
                }),
            ],
        };
        return JsonSerializer.Serialize(dto, Options);
    }

    private static RuleCondition ToCondition(ConditionDto c) => new(
        c.Priorities,
        c.Risk?.Min ?? RuleCondition.MinRiskScore,
        c.Risk?.Max ?? RuleCondition.MaxRiskScore,
        c.Tiers,
        c.Channels,
        c.TagsAny,
        c.TagsAll);

    private static ConditionDto FromCondition(RuleCondition c) => new()
    {
        Priorities = c.Priorities.IsEmpty ? null : [.. c.Priorities],
        Risk = c.MinRisk == RuleCondition.MinRiskScore && c.MaxRisk == RuleCondition.MaxRiskScore
            ? null
            : new RiskDto
            {
                Min = c.MinRisk == RuleCondition.MinRiskScore ? null : c.MinRisk,
                Max = c.MaxRisk == RuleCondition.MaxRiskScore ? null : c.MaxRisk,
            },
        Tiers = c.Tiers.IsEmpty ? null : [.. c.Tiers],
        Channels = c.Channels.IsEmpty ? null : [.. c.Channels],
        TagsAny = c.TagsAny.IsEmpty ? null : [.. c.TagsAny],
        TagsAll = c.TagsAll.IsEmpty ? null : [.. c.TagsAll],
    };

    private static RoutingTarget ToTarget(TargetDto t) => t.Kind switch
    {
        RoutingTargetKind.Queue => RoutingTarget.Queue(t.Id ?? throw new ArgumentException("A queue target needs an id.", nameof(t))),
        RoutingTargetKind.AgentPool => RoutingTarget.AgentPool(t.Id),
        RoutingTargetKind.OnCall => RoutingTarget.OnCall(t.Id ?? RoutingTarget.PrimaryRole),
        RoutingTargetKind.TeamLead => RoutingTarget.TeamLead(t.Id ?? throw new ArgumentException("A team_lead target needs an id.", nameof(t))),
        _ => throw new ArgumentException($"Unknown target kind {t.Kind}.", nameof(t)),
    };

    private static TargetDto FromTarget(RoutingTarget t) => new() { Kind = t.Kind, Id = t.Id };

    private sealed class PolicyDto
    {
        [JsonRequired]
        public string Version { get; set; } = string.Empty;

        [JsonRequired]
        public string Salt { get; set; } = string.Empty;

        [JsonRequired]
        public string DefaultQueue { get; set; } = string.Empty;

        [JsonRequired]
        public List<string> Queues { get; set; } = [];

        [JsonRequired]
        public List<RuleDto> Rules { get; set; } = [];
    }

    private sealed class RuleDto
    {
        [JsonRequired]
        public string Id { get; set; } = string.Empty;

        public List<ConditionDto>? When { get; set; }

        public string? Queue { get; set; }

        [JsonRequired]
        public TargetDto Target { get; set; } = new();

        public TargetDto? Fallback { get; set; }
    }

    private sealed class ConditionDto
    {
        public List<Priority>? Priorities { get; set; }

        public RiskDto? Risk { get; set; }

        public List<CustomerTier>? Tiers { get; set; }

        public List<Channel>? Channels { get; set; }

        public List<string>? TagsAny { get; set; }

        public List<string>? TagsAll { get; set; }
    }

    private sealed class RiskDto
    {
        public int? Min { get; set; }

        public int? Max { get; set; }
    }

    private sealed class TargetDto
    {
        [JsonRequired]
        public RoutingTargetKind Kind { get; set; }

        public string? Id { get; set; }
    }
}
