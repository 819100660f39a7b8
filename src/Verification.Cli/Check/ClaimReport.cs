using Verification.Symbolic;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Equivalence;

namespace Verification.Cli.Check;

/// <summary>One claim as the user wrote it, where, and what the engine found.</summary>
/// <param name="Line">1-based line of the claim's first line in its file (1 for a claim on the command line).</param>
/// <param name="Text">The claim's text, continuation lines joined by single spaces.</param>
/// <param name="Result">The engine's answer (a <see cref="ParseFailed"/> for a malformed claim).</param>
public sealed record ClaimReport(int Line, string Text, CheckResult Result)
{
    /// <summary>The outcome the exit code and every output format are based on.</summary>
    public ClaimVerdict Verdict => Result switch
    {
        ParseFailed or CheckFailed => ClaimVerdict.Error,
        IdentityChecked identity => Of(identity.Verdict),
        FamilyChecked family => Of(family.Summary),
        GeneralChecked general => Of(general.Decision.Verdict),
        EquivalenceChecked { Result: EquivalenceSolutions } => ClaimVerdict.Proved,
        EquivalenceChecked { Result: NoEquivalence } => ClaimVerdict.Refuted,
        EquivalenceChecked => ClaimVerdict.Unknown,
        _ => throw new InvalidOperationException($"unexpected result {Result.GetType().Name}"),
    };

    private static ClaimVerdict Of(Verdict verdict) => verdict switch
    {
        Proved => ClaimVerdict.Proved,
        Refuted => ClaimVerdict.Refuted,
        _ => ClaimVerdict.Unknown,
    };
}
