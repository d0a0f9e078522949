using System.Collections.Immutable;
using System.Runtime.InteropServices;
using SupportOps.SlaEngine.Occurrences;

namespace SupportOps.SlaEngine.Policies;

/// <summary>
/// An ordered set of SLA policies with a required default: the first policy whose conditions match a
/// ticket applies, else the default.
/// </summary>
/// <remarks>
/// <para>
/// Build one with <see cref="SlaPolicySetBuilder"/> or read it with <see cref="FromJson"/>; the JSON
/// format is described in <c>docs/sla-policies-and-timers.md</c>.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SlaPolicySet
{
    private readonly SlaPolicy[] _all;

    internal SlaPolicySet(SlaPolicy[] all)
    {
        _all = all;
        Policies = ImmutableArray.Create(all, 0, all.Length - 1);
    }

    /// <summary>Gets the policies with conditions, in match order (without the default).</summary>
    public ImmutableArray<SlaPolicy> Policies { get; }

    /// <summary>Gets the default policy, which applies when no other policy matches.</summary>
    public SlaPolicy Default => _all[^1];

    /// <summary>Gets every policy: <see cref="Policies"/> followed by <see cref="Default"/>.</summary>
    public ImmutableArray<SlaPolicy> All => ImmutableCollectionsMarshal.AsImmutableArray(_all);

    /// <summary>Reads a policy set from JSON and validates it.</summary>
    /// <param name="json">The JSON text; must not be null.</param>
    /// <returns>The policy set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">
    /// The JSON is malformed or invalid: the message names the field (such as
    /// <c>policies[1].timers.first_response.targets.p0</c>) and the offending value. Negative targets,
    /// unknown enum values, a missing default and duplicate ids are all reported this way.
    /// </exception>
    public static SlaPolicySet FromJson(string json) => SlaPolicySetJson.Read(json);

    /// <summary>Returns the policy that applies to a ticket: the first whose conditions match, else the default.</summary>
    /// <param name="priority">The ticket's priority.</param>
    /// <param name="tier">The customer's tier.</param>
    /// <param name="channel">The ticket's channel.</param>
    /// <param name="tags">The ticket's tags.</param>
    /// <returns>The policy; never null.</returns>
    public SlaPolicy Select(Priority priority, CustomerTier tier, Channel channel, ImmutableArray<string> tags) =>
        _all[SelectIndex(priority, tier, channel, tags)];

    /// <summary>Returns the policy with an id, or <see langword="null"/>.</summary>
    /// <param name="id">The policy id.</param>
    /// <returns>The policy, or <see langword="null"/>.</returns>
    public SlaPolicy? Find(string id)
    {
        foreach (var policy in _all)
        {
            if (string.Equals(policy.Id, id, StringComparison.Ordinal))
            {
                return policy;
            }
        }

        return null;
    }

    internal int SelectIndex(Priority priority, CustomerTier tier, Channel channel, ImmutableArray<string> tags)
    {
        var last = _all.Length - 1;
        for (var i = 0; i < last; i++)
        {
            if (_all[i].Conditions.Matches(priority, tier, channel, tags))
            {
                return i;
            }
        }

        return last;
    }
}
