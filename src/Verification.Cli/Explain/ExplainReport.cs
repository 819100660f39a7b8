using Verification.Symbolic.Explanation;

namespace Verification.Cli.Explain;

/// <summary>One text explained: where it came from (line 1 on the command line) and what the engine derived.</summary>
/// <param name="Line">1-based line of the text in its file.</param>
/// <param name="Text">The expression or claim as written, on one line.</param>
/// <param name="Result">The explanation, or why there is none.</param>
internal sealed record ExplainReport(int Line, string Text, ExplainResult Result);
