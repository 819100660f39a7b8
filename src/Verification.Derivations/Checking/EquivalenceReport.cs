using Verification.Symbolic.Equivalence;

namespace Verification.Derivations.Checking;

/// <summary>The solver's computed answer to an <see cref="EquivalenceEntry"/>.</summary>
public sealed record EquivalenceReport(EquivalenceEntry Equivalence, EquivalenceResult Answer, TimeSpan Elapsed) : EntryReport(Elapsed)
{
    public override CatalogEntry Entry => Equivalence;

    public override bool Verified => Answer is not EquivalenceUnknown;
}
