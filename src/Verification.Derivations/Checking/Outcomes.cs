using Verification.Symbolic;
using Verification.Symbolic.Decision;

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

    /// <summary>An identity proved, every instance of a family proved, a claim proved for every n, or a solve with solutions.</summary>
    public static bool IsProved(CheckResult result) => result.Outcome == Outcome.Proved;

    /// <summary>An identity refuted, some instance of a family refuted, a claim refuted at some n, or a solve with no solution.</summary>
    public static bool IsRefuted(CheckResult result) => result.Outcome == Outcome.Refuted;

    /// <summary>Proved or refuted (for a solve: solutions or none).</summary>
    public static bool IsSettled(CheckResult result) => result.Outcome is Outcome.Proved or Outcome.Refuted;

    /// <summary>The witness of a refutation (of the first refuted instance, for a family), or null.</summary>
    public static Witness? WitnessOf(CheckResult result) => (VerdictOf(result) as Refuted)?.Witness;

    /// <summary>The outcome in a word: "proved", "refuted", "unknown"; a solve says "solved" or "no solution"; an error says what failed.</summary>
    public static string Describe(CheckResult result) => (result, result.Outcome) switch
    {
        (ParseFailed, _) => "parse failed",
        (CheckFailed, _) => "engine failed",
        (EquivalenceChecked, Outcome.Proved) => "solved",
        (EquivalenceChecked, Outcome.Refuted) => "no solution",
        (_, var outcome) => outcome.ToString().ToLowerInvariant(),
    };
}
