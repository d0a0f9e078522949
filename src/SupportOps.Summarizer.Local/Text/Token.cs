namespace SupportOps.Summarizer.Local.Text;

/// <summary>A word of a text: its lower-case form and where it stands in the original.</summary>
/// <param name="Value">The word in lower case, apostrophes normalized to <c>'</c>.</param>
/// <param name="Start">The index of its first character in the original text.</param>
/// <param name="Length">Its length in the original text.</param>
/// <param name="IsShouted">Whether it was written in capitals and has at least three letters.</param>
internal readonly record struct Token(string Value, int Start, int Length, bool IsShouted);
