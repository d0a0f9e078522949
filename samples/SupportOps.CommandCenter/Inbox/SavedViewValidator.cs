using SupportOps.CommandCenter.Apis;

namespace SupportOps.CommandCenter.Inbox;

/// <summary>Validates a <see cref="SavedViewRequest"/>; every error names its field (<c>name</c>, <c>filter.status</c>, <c>sort</c>, …).</summary>
internal static class SavedViewValidator
{
    /// <summary>The longest view name.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The most views one user may keep.</summary>
    public const int MaxViewsPerUser = 100;

    /// <summary>Validates and normalizes the request; null when it is not valid (and <paramref name="errors"/> says why).</summary>
    public static (string Name, InboxFilter Filter, InboxSort Sort)? Validate(SavedViewRequest? request, Dictionary<string, string[]> errors)
    {
        if (request is null)
        {
            errors["body"] = ["A JSON body with name, filter and sort is required."];
            return null;
        }

        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
        {
            errors["name"] = [$"A name of 1 to {MaxNameLength} characters is required."];
        }

        var filter = InboxFilterParser.Parse(request.Filter, "filter.", errors);
        if (!InboxSorts.TryParse(request.Sort, out var sort))
        {
            errors["sort"] = [$"Unknown sort '{request.Sort}'; known sorts: {InboxSorts.Known}."];
        }

        return errors.Count > 0 ? null : (name!, filter, sort);
    }
}
