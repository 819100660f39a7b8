using Verification.Symbolic;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Equivalence;

namespace Verification.Derivations.Checking;

/// <summary>
/// The refutation of a <see cref="RefutationEntry"/> (its witness is inside <see cref="Result"/>)
/// and, when asked, the solver's answer to when the claim holds.
/// </summary>
public sealed record RefutationReport(RefutationEntry Refutation, CheckResult Result, EquivalenceResult? WhenItHolds, TimeSpan Elapsed) : EntryReport(Elapsed)
{
    public override CatalogEntry Entry => Refutation;

    public override bool Verified => Outcomes.IsRefuted(Result) && WhenItHolds is not EquivalenceUnknown;

    /// <summary>The point where the two sides differ, or null when the claim was not refuted.</summary>
    public Witness? Witness => Outcomes.WitnessOf(Result);
}
