using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using SupportOps.RoutingEngine.Internal;

namespace SupportOps.RoutingEngine.Policies;

/// <summary>
/// A versioned routing policy: declared queues, ordered rules, a default queue and the salt keying
/// the tie-break. Build one with <see cref="RoutingPolicyBuilder"/> or read it with <see cref="FromJson"/>.
/// </summary>
/// <remarks>
/// <para>
/// A policy that exists has passed the linter without errors (warnings are allowed). The first rule
/// whose conditions match a ticket decides; a ticket no rule matches goes to <see cref="DefaultQueue"/>.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class RoutingPolicy
{
    private const string V1ResourceName = "SupportOps.RoutingEngine.Policies.routing-policy-v1.json";
    private static readonly Lazy<RoutingPolicy> V1 = new(LoadV1);

    internal RoutingPolicy(string version, string salt, string defaultQueue, ImmutableArray<string> queues, ImmutableArray<RoutingRule> rules)
    {
        Version = version;
        Salt = salt;
        DefaultQueue = defaultQueue;
        Queues = queues;
        Rules = rules;
        TieBreakKey = new HmacSha256Key(Encoding.UTF8.GetBytes(salt));
        RuleArray = [.. rules];
    }

    /// <summary>Gets the shipped policy v1 (queues triage, billing, bugs, outage, vip, oncall; rules R1..R6).</summary>
    public static RoutingPolicy DefaultV1 => V1.Value;

    /// <summary>Gets the policy version recorded on every decision.</summary>
    public string Version { get; }

    /// <summary>Gets the salt: the HMAC-SHA256 key of the tie-break (UTF-8 bytes).</summary>
    public string Salt { get; }

    /// <summary>Gets the queue for tickets no rule matches or no target resolves.</summary>
    public string DefaultQueue { get; }

    /// <summary>Gets the declared queues, in declaration order.</summary>
    public ImmutableArray<string> Queues { get; }

    /// <summary>Gets the rules in evaluation order.</summary>
    public ImmutableArray<RoutingRule> Rules { get; }

    internal HmacSha256Key TieBreakKey { get; }

    internal RoutingRule[] RuleArray { get; }

    /// <summary>Reads a policy from its JSON form (format in docs/routing-engine.md) and lints it.</summary>
    /// <param name="json">The JSON text; must not be null.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="InvalidRoutingPolicyException">The JSON is malformed, a value is invalid, or the linter reports errors (see <see cref="InvalidRoutingPolicyException.Findings"/>).</exception>
    public static RoutingPolicy FromJson(string json) => RoutingPolicyJson.Read(Guard.NotNull(json));

    /// <summary>Writes the policy as indented JSON that <see cref="FromJson"/> reads back to an equal policy.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => RoutingPolicyJson.Write(this);

    /// <inheritdoc />
    public override string ToString() => $"RoutingPolicy {Version} ({Rules.Length} rules)";

    private static RoutingPolicy LoadV1()
    {
        using var stream = typeof(RoutingPolicy).Assembly.GetManifestResourceStream(V1ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {V1ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return FromJson(reader.ReadToEnd());
    }
}
