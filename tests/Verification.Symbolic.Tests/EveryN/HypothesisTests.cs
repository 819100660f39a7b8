using Fractions;
using Verification.Symbolic.Decision;

namespace Verification.Symbolic.Tests.EveryN;

/// <summary>
/// Claims under hypotheses (<c>where …</c>): a hypothesis is used by solving it for a symbol it is affine
/// in with a constant slope; a refutation's witness satisfies the hypotheses; a hypothesis that cannot be
/// solved that way leaves the claim Unknown, never refuted.
/// </summary>
public class HypothesisTests(ITestOutputHelper output)
{
    /// <summary>
    /// Under 2y₀ + y₁² − (y₁ − 3)/5 = −7y₁, y₀ = −(y₁² − (y₁ − 3)/5 + 7y₁)/2, which is not 0 for every y₁
    /// (at y₁ = 1 it is −21/5): refuted, and the witness gives y₀ the value the hypothesis forces.
    /// </summary>
    [Fact]
    public void TheWitnessOfARefutationSatisfiesTheHypothesis()
    {
        var decision = GeneralDeciderTests.Decide("for all n >= 2: y[0] == 0 where 2 * y[0] + y[1]^2 - (y[1] - 3) / 5 == -7 * y[1]");
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        var point = Assert.IsType<Refuted>(decision.Verdict).Witness.Point;
        output.WriteLine(string.Join(", ", point));
        var (y0, y1) = (point["y0"], point["y1"]);
        Assert.Equal(-7 * y1, (2 * y0) + (y1 * y1) - ((y1 - 3) / 5));
        Assert.NotEqual(Fraction.Zero, y0);
    }

    /// <summary>
    /// ∂CE/∂z_j = s_j·Σy − y_j = s_j − y_j under Σ_k y_k = 1, so s_j + y_j is wrong by 2y_j: at n = 1 the
    /// hypothesis forces y₀ = 1 and the sides are 0 and 2. The witness lies on the hypothesis.
    /// </summary>
    [Fact]
    public void ACrossEntropyGradientWithTheWrongSignIsRefutedOnTheHypothesis()
    {
        var decision = GeneralDeciderTests.Decide("for all n >= 1, j in 0..n-1: diff(cross_entropy(z, y), z[j]) == softmax(z, j) + y[j] where sum(k in 0..n-1: y[k]) == 1");
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        var point = Assert.IsType<Refuted>(decision.Verdict).Witness.Point;
        var size = decision.Counterexample!.Size;
        Assert.Equal(1, size);
        Assert.Equal(Fraction.One, Enumerable.Range(0, size).Aggregate(Fraction.Zero, (sum, k) => sum + point[$"y{k}"]));
    }

    /// <summary>Σ_k y_k = y₀ + Σ_{k≥1} y_k = 1 when y₀ = 1 − Σ_{k≥1} y_k: the hypothesis names position 0 (which the claim does not), and it must be split there too.</summary>
    [Fact]
    public void AHypothesisOverAPartialRangeIsUsed()
    {
        var decision = GeneralDeciderTests.Decide("for all n >= 1: sum(k in 0..n-1: y[k]) == 1 where y[0] == 1 - sum(k in 1..n-1: y[k])");
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        Assert.IsType<Proved>(decision.Verdict);
    }

    /// <summary>
    /// y₀/(1 + y₁²) = 2 gives y₀ = 2(1 + y₁²), so the claim is true, but the slope of the hypothesis in y₀ is
    /// 1/(1 + y₁²), not a constant, and in y₁ it is not either: the hypothesis is not used, the claim is
    /// Unknown, and in particular never refuted.
    /// </summary>
    [Theory]
    [InlineData("for all n >= 2: y[0] == 2 * (1 + y[1]^2) where y[0] / (1 + y[1]^2) == 2")]
    [InlineData("for all n >= 2: y[0] == sigmoid(sigmoid(y[1])) where y[0] - sigmoid(sigmoid(y[1])) == 0")]
    public void AHypothesisWithoutAConstantSlopeLeavesATrueClaimUnknown(string text)
    {
        var decision = GeneralDeciderTests.Decide(text);
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        var unknown = Assert.IsType<Unknown>(decision.Verdict);
        Assert.Contains("is not affine in any symbol with a constant slope", unknown.Reason, StringComparison.Ordinal);
    }

    /// <summary>
    /// y₀ = e^{z₀} and y₀ = 2 is false (z₀ = 0), but the separating point the engine finds leaves y₀ = e^{z₀}
    /// irrational: it cannot be completed to an exact witness, so the claim is Unknown (never Proved).
    /// </summary>
    [Fact]
    public void AnEliminatedSymbolWithNoRationalValueLeavesTheClaimUnknown()
    {
        var decision = GeneralDeciderTests.Decide("for all n >= 1: y[0] == 2 where y[0] == exp(z[0])");
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        var unknown = Assert.IsType<Unknown>(decision.Verdict);
        Assert.Contains("the hypotheses give an eliminated symbol no rational value there", unknown.Reason, StringComparison.Ordinal);
    }
}
