using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Parsing;

namespace Verification.Symbolic.Tests.Decision;

/// <summary>The named identities, decided from claim text exactly as a user would type it.</summary>
public class IdentityDeciderTests
{
    [Theory]
    [InlineData("diff(sigmoid(x), x) == sigmoid(x) * (1 - sigmoid(x))")]
    [InlineData("softmax([z0, z1], 0) == sigmoid(z0 - z1)")]
    [InlineData("softmax([z0, z1], 1) == 1 - sigmoid(z0 - z1)")]
    [InlineData("sigmoid(-x) == 1 - sigmoid(x)")]
    [InlineData("log(sigmoid(x) / (1 - sigmoid(x))) == x")]
    [InlineData("softmax([z0 + c, z1 + c, z2 + c], 1) == softmax([z0, z1, z2], 1)")]
    [InlineData("softmax([a, b, c], 0) + softmax([a, b, c], 1) + softmax([a, b, c], 2) == 1")]
    [InlineData("diff(logsumexp([a, b, c]), b) == softmax([a, b, c], 1)")]
    [InlineData("diff(log_softmax([a, b, c], 0), a) == 1 - softmax([a, b, c], 0)")]
    [InlineData("diff(bce(z, y), z) == sigmoid(z) - y")]
    [InlineData("log_softmax([a, b], 0) == log(softmax([a, b], 0))")]
    [InlineData("exp(x + y) == exp(x) * exp(y)")]
    [InlineData("log(6) == log(2) + log(3)")]
    [InlineData("diff(diff(sigmoid(x), x), x) == sigmoid(x) * (1 - sigmoid(x)) * (1 - 2 * sigmoid(x))")]
    [InlineData("sigmoid(w*x + b) == 1 / (1 + exp(-w*x - b))")]
    public void TrueIdentityIsProved(string claim) => Assert.IsType<Proved>(Decide(claim));

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    public void SoftmaxJacobianIsProvedForEveryEntry(int n)
    {
        var last = n - 1;
        var family = Assert.IsType<ClaimFamily>(Parse(
            $"for i, j in 0..{last}: diff(softmax([z[0..{last}]], i), z[j]) == softmax([z[0..{last}]], i) * (delta(i, j) - softmax([z[0..{last}]], j))"));
        var verdicts = IdentityDecider.DecideAll(family);
        Assert.Equal(n * n, verdicts.Length);
        Assert.All(verdicts, v => Assert.IsType<Proved>(v));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void SeedTwoDiagonalFormulaIsRefutedWithASeparatingWitness(int n)
    {
        // Seed 002 posts ∂gᵢ/∂xᵢ = e^(xᵢ)·(Σ_(j≠i) xⱼ) / (Σⱼ e^(xⱼ))²: it sums the logits, not their exponentials.
        var last = n - 1;
        var claim = Assert.IsType<IdentityClaim>(Parse(
            $"diff(softmax([x[0..{last}]], 0), x0) == exp(x0) * sum(j in 1..{last}: x[j]) / sum(j in 0..{last}: exp(x[j]))^2"));
        var refuted = Assert.IsType<Refuted>(IdentityDecider.Decide(claim));
        AssertSeparates(claim, refuted.Witness);
    }

    [Theory]
    [InlineData("diff(sigmoid(x), x) == sigmoid(x) * (1 + sigmoid(x))")]
    [InlineData("softmax([x0, x1], 0) == sigmoid(x0)")]
    [InlineData("softmax([z0, z1], 0) == sigmoid(z1 - z0)")]
    [InlineData("sigmoid(x) + sigmoid(y) + sigmoid(z) == 1")]
    [InlineData("diff(softmax([a, b, c], 0), b) == softmax([a, b, c], 0) * softmax([a, b, c], 1)")]
    [InlineData("log(x^2) == 2 * log(x + 1)")]
    public void FalseIdentityIsRefutedWithASeparatingWitness(string text)
    {
        var claim = Assert.IsType<IdentityClaim>(Parse(text));
        var refuted = Assert.IsType<Refuted>(IdentityDecider.Decide(claim));
        AssertSeparates(claim, refuted.Witness);
    }

    [Fact]
    public void OutsideTheFragmentButEqualIsUnknownWithTheReason()
    {
        var unknown = Assert.IsType<Unknown>(Decide("exp(exp(2*x)) == exp(exp(x)^2)"));
        Assert.Contains("outside the decidable fragment", unknown.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OutsideTheFragmentAndDifferentIsStillRefuted() =>
        Assert.IsType<Refuted>(Decide("sigmoid(sigmoid(x)) == sigmoid(x)"));

    [Fact]
    public void ClaimThatWouldBlowUpAnswersTooLarge()
    {
        var unknown = Assert.IsType<Unknown>(IdentityDecider.Decide(
            Assert.IsType<IdentityClaim>(Parse("(1 + exp(x) + exp(y))^60 + x == x + (1 + exp(x) + exp(y))^60")),
            new EngineLimits(MaxTerms: 1_000, MaxWork: 20_000, WitnessAttempts: 2)));
        Assert.StartsWith("too large", unknown.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AProofStatesItsMethodAndItsWork()
    {
        var proved = Assert.IsType<Proved>(Decide("diff(sigmoid(x), x) == sigmoid(x) * (1 - sigmoid(x))"));
        Assert.Equal("the canonical form of left − right is the zero exponential polynomial", proved.Method);
        Assert.True(proved.Work > 0, $"work {proved.Work}");
    }

    [Fact]
    public void ANonZeroFormOverLogarithmAtomsIsUnknownWithThatReason()
    {
        // log(1 + e^(−10^400)) > 0, but no enclosure at 5120 bits separates it from 0; with a logarithm
        // atom in the form, a non-zero form proves nothing, and the reason says so.
        var unknown = Assert.IsType<Unknown>(Decide("softplus(-10^400) == 0"));
        Assert.Contains("formally non-zero over logarithm atoms", unknown.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NullArgumentsAreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => IdentityDecider.Decide(null!));
        Assert.Throws<ArgumentNullException>(() => IdentityDecider.DecideAll(null!));
    }

    [Fact]
    public void MixedHighOrderDerivativeIsBoundedNotExpandedWithoutLimit()
    {
        // diff(diff(…, x), y) ten levels deep: no Taylor shortcut for mixed partials, and the symbolic
        // form grows about threefold per order. It used to fill 9 GB; now the expansion stops at the bound.
        var text = "sigmoid(x*y)";
        for (var level = 0; level < 5; level++)
        {
            text = $"diff(diff({text}, x), y)";
        }

        var unknown = Assert.IsType<Unknown>(IdentityDecider.Decide(
            Assert.IsType<IdentityClaim>(Parse($"{text} == 0")), new EngineLimits(MaxNodes: 20_000)));
        Assert.Contains("expands to more than 20,000 nodes for the witness search", unknown.Reason, StringComparison.Ordinal);

        // The expansion stops before any point is evaluated: the reason says so instead of "at none of 24 points tried".
        Assert.Contains("the witness search stopped after 0 of 24 points", unknown.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("at none of", unknown.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AWitnessSearchOutOfOperationsSaysHowManyPointsItTried()
    {
        // x·e^(e^x) is outside the fragment, so only the search can answer; a budget of a few hundred enclosure
        // operations runs out part way.
        var unknown = Assert.IsType<Unknown>(IdentityDecider.Decide(
            Assert.IsType<IdentityClaim>(Parse("exp(exp(x)) * sigmoid(x) == exp(exp(x)) * sigmoid(x) + 1/10^400")), new EngineLimits(MaxWitnessOperations: 400)));
        Assert.Matches(@"the witness search stopped after [1-9]\d* of 24 points: too large: more than 400 enclosure operations", unknown.Reason);
    }

    [Fact]
    public void MixedLowOrderDerivativeIsStillRefuted() =>
        Assert.IsType<Refuted>(Decide("diff(diff(diff(diff(sigmoid(x*y), x), y), x), y) == 0"));

    /// <summary>Re-evaluates both sides at the witness independently of the search and checks they differ.</summary>
    private static void AssertSeparates(IdentityClaim claim, Witness witness)
    {
        var point = witness.Point.ToDictionary(p => p.Key, p => p.Value);
        var left = HighPrecisionEvaluator.Evaluate(claim.Left, point, 40).ValueOrThrow().ToDouble();
        var right = HighPrecisionEvaluator.Evaluate(claim.Right, point, 40).ValueOrThrow().ToDouble();
        Assert.True(Math.Abs(left - right) > 1e-9 * Math.Max(1, Math.Max(Math.Abs(left), Math.Abs(right))), $"witness does not separate: {left} vs {right}");
        Assert.Equal(left, double.Parse(witness.Left, System.Globalization.CultureInfo.InvariantCulture), 1e-12);
        Assert.Equal(right, double.Parse(witness.Right, System.Globalization.CultureInfo.InvariantCulture), 1e-12);
        Assert.All(witness.Point.Values, v => Assert.False(v.IsNaN));
    }

    private static Verdict Decide(string text) => IdentityDecider.Decide(Assert.IsType<IdentityClaim>(Parse(text)));

    private static Claim Parse(string text)
    {
        var result = ClaimParser.Parse(text);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value!;
    }
}
