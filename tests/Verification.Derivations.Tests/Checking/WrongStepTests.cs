using Verification.Derivations.Checking;
using Verification.Derivations.Entries;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Parsing;

namespace Verification.Derivations.Tests.Checking;

/// <summary>
/// A derivation with a wrong line fails at that line, with a witness the evaluator confirms. The
/// wrong line is seed 002's diagonal formula: e^(xᵢ)·Σ_(j≠i) x_j / S², which sums the logits where
/// their exponentials belong.
/// </summary>
public class WrongStepTests
{
    private const string S = "(exp(z0) + exp(z1) + exp(z2))";

    [Fact]
    public void SeedTwoDiagonalFormulaFailsAsAStepWithItsWitness()
    {
        var correct = Assert.IsType<Derivation>(Derivations.Catalog.Get("softmax-jacobian-diagonal"));
        var seedFormula = new DerivationStep(
            ClaimParser.ParseExpression($"exp(z0) * (z1 + z2) / {S}^2").GetValueOrThrow(),
            "seed 002's diagonal",
            "As posted: the numerator sums the other logits instead of their exponentials.");
        var wrongAt = 3; // after the quotient rule and the derivative of exp
        var wrong = correct with { Steps = correct.Steps.Insert(wrongAt, seedFormula) };

        var report = Assert.IsType<DerivationReport>(CatalogVerifier.Verify(wrong));

        Assert.False(report.Verified);
        var failure = Assert.IsType<LinkCheck>(report.FirstFailure);
        Assert.Equal(wrongAt, failure.Index);
        var witness = Assert.IsType<Refuted>(failure.Verdict).Witness;

        // Re-check the witness independently: evaluate both lines at the point in high precision.
        var left = HighPrecisionEvaluator.Evaluate(failure.Link.Left, witness.Point).ValueOrThrow().ToDouble();
        var right = HighPrecisionEvaluator.Evaluate(failure.Link.Right, witness.Point).ValueOrThrow().ToDouble();
        Assert.True(Math.Abs(left - right) > 1e-6 * Math.Max(1, Math.Abs(left)), $"{left} vs {right} at the witness");
        Assert.All(report.Links.Take(wrongAt), link => Assert.True(link.IsProved));
    }

    [Fact]
    public void TheCorrectDerivationIsProvedLinkByLink()
    {
        var report = Assert.IsType<DerivationReport>(CatalogVerifier.Verify(Derivations.Catalog.Get("softmax-jacobian-diagonal")));
        Assert.True(report.Verified);
        Assert.Null(report.FirstFailure);
    }
}
