namespace SupportOps.CommandCenter.Settings;

/// <summary>One routing linter finding.</summary>
/// <param name="Code">The code (<c>RT001</c> ...).</param>
/// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="RuleIds">The rules concerned.</param>
public sealed record LintFindingView(string Code, string Severity, string Message, IReadOnlyList<string> RuleIds);
