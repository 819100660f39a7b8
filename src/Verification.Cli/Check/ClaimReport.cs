using Verification.Symbolic;

namespace Verification.Cli.Check;

/// <summary>One claim as the user wrote it, where, and what the engine found.</summary>
/// <param name="Line">1-based line of the claim's first line in its file (1 for a claim on the command line).</param>
/// <param name="Text">The claim's text, continuation lines joined by single spaces.</param>
/// <param name="Result">The engine's answer (a <see cref="ParseFailed"/> for a malformed claim).</param>
public sealed record ClaimReport(int Line, string Text, CheckResult Result)
{
    /// <summary>The outcome the exit code and every output format are based on (the engine's one classification).</summary>
    public Outcome Verdict => Result.Outcome;
}
