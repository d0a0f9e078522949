namespace SupportOps.Adapters.Registry;

/// <summary>Which adapters <see cref="AdapterRegistry"/> hands out (<c>Adapters:Mode</c>).</summary>
public enum AdapterMode
{
    /// <summary>Mock adapters over local fixture files; no secrets needed.</summary>
    Mock = 0,

    /// <summary>Production adapters talking to the real systems; every required secret must be configured.</summary>
    Production,
}
