using Verification.Symbolic;

namespace Verification.Derivations.Checking;

/// <summary>The verdict on every gradient identity and the solver's answer to every rate question.</summary>
public sealed record TrainingEquivalenceReport(
    TrainingEquivalenceEntry Training,
    ImmutableArray<CheckResult> Gradients,
    ImmutableArray<CheckResult> RateAnswers,
    TimeSpan Elapsed) : EntryReport(Elapsed)
{
    public override CatalogEntry Entry => Training;

    public override bool Verified => Gradients.All(Outcomes.IsProved) && RateAnswers.All(Outcomes.IsSettled);
}
