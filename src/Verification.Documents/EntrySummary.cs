using Verification.Documents.Sections;
using Verification.Symbolic;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Equivalence;
using Verification.Symbolic.Expressions;

namespace Verification.Documents;

/// <summary>An entry's kind and outcome in a few words, for the verdict tables.</summary>
internal static class EntrySummary
{
    public static string Kind(EntryReport report) => EntrySection.Of(report)?.Kind ?? report.GetType().Name;

    public static string Outcome(EntryReport report) => report switch
    {
        DerivationReport derivation => derivation.FirstFailure is null ? $"proved, {derivation.Links.Length} equalities" : $"step {derivation.FirstFailure.Index + 1} fails",
        IdentityEntryReport identities => $"{identities.Results.Count(Outcomes.IsProved)} of {identities.Results.Length} proved",
        GeneralEntryReport general => VerdictText.Short(general.Result),
        SeedAuditReport { Result: GeneralChecked general } => EveryN(general),
        EquivalenceReport equivalence => Answer(equivalence.Answer),
        RefutationReport refutation => Outcomes.Describe(refutation.Result) + (refutation.WhenItHolds is { } when ? $"; holds when: {Answer(when)}" : string.Empty),
        SeedAuditReport seed => seed.Verdict,
        TrainingEquivalenceReport training => $"{training.Gradients.Count(Outcomes.IsProved)} of {training.Gradients.Length} gradients proved, {training.RateAnswers.Count(Outcomes.IsSettled)} of {training.RateAnswers.Length} rates solved",
        _ => string.Empty,
    };

    /// <summary>"✓ proved for every $n \ge 1$", or "refuted at $n = 2$" with the counterexample's length.</summary>
    private static string EveryN(GeneralChecked general) => general.Decision switch
    {
        { Verdict: Refuted, Counterexample: { } counterexample } => $"refuted at {MarkdownWriter.Inline($"{LatexPrinter.Print(new Symbol(general.Claim.Size))} = {counterexample.Size}")}",
        _ => VerdictText.Short(general),
    };

    private static string Answer(EquivalenceResult answer) => answer switch
    {
        EquivalenceSolutions solutions => solutions.Families.Length == 1 ? "solved" : $"solved ({solutions.Families.Length} families)",
        NoEquivalence => "no solution",
        _ => "unknown",
    };

    public static string Mark(EntryReport report) => report.Verified ? "✓" : "✗";
}
