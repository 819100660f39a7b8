using Verification.Symbolic;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Equivalence;

namespace Verification.Derivations.Checking;

/// <summary>Reads a <see cref="CheckResult"/> the same way for every kind of claim.</summary>
public static class Outcomes
{
    /// <summary>The verdict of an identity or a claim for every n, or the summary verdict of a family; null for a solve or a parse failure.</summary>
    public static Verdict? VerdictOf(CheckResult result) => result switch
    {
        IdentityChecked identity => identity.Verdict,
        FamilyChecked family => family.Summary,
        GeneralChecked general => general.Decision.Verdict,
        _ => null,
    };

    /// <summary>An identity proved, or every instance of a family proved.</summary>
    public static bool IsProved(CheckResult result) => VerdictOf(result) is Proved;

    /// <summary>An identity refuted, or some instance of a family refuted.</summary>
    public static bool IsRefuted(CheckResult result) => VerdictOf(result) is Refuted;

    /// <summary>Proved, refuted, or a solve answered exactly (solutions or none).</summary>
    public static bool IsSettled(CheckResult result) => result switch
    {
        EquivalenceChecked solve => solve.Result is not EquivalenceUnknown,
        _ => VerdictOf(result) is Proved or Refuted,
    };

    /// <summary>The witness of a refutation (of the first refuted instance, for a family), or null.</summary>
    public static Witness? WitnessOf(CheckResult result) => (VerdictOf(result) as Refuted)?.Witness;

    /// <summary>"proved", "refuted", "solved", "no solution", "unknown", "parse failed" or "engine failed".</summary>
    public static string Describe(CheckResult result) => result switch
    {
        ParseFailed => "parse failed",
        CheckFailed => "engine failed",
        EquivalenceChecked { Result: EquivalenceSolutions } => "solved",
        EquivalenceChecked { Result: NoEquivalence } => "no solution",
        EquivalenceChecked => "unknown",
        _ => VerdictOf(result) switch
        {
            Proved => "proved",
            Refuted => "refuted",
            _ => "unknown",
        },
    };
}
