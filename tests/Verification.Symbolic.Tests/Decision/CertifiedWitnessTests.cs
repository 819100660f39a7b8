using Fractions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Parsing;

namespace Verification.Symbolic.Tests.Decision;

/// <summary>
/// "Refuted" means refuted: a witness is issued only where the enclosures of the two sides are
/// disjoint, so catastrophic cancellation cannot fake one, and a tiny but real difference is found by
/// raising the precision.
/// </summary>
public class CertifiedWitnessTests
{
    /// <summary>True identities (checked by hand) that a round-to-nearest search reported refuted.</summary>
    [Theory]
    [InlineData("(exp(exp(x)) + 10^120) - 10^120 == exp(exp(x))")]
    [InlineData("(log(x*y) + 10^120) - 10^120 == log(x) + log(y)")]
    [InlineData("exp(300)*(sigmoid(sigmoid(x) + 300) - 1) == -exp(300)*sigmoid(-sigmoid(x) - 300)")]
    [InlineData("exp(log(x*y))*(exp(exp(x)) + 10^200 - 10^200) == x*y*exp(exp(x))")]
    public void TrueIdentityWithCancellationIsNeverRefuted(string text)
    {
        // Each is proved now (generalization, or x = e^s for the logarithms); the witness search, which
        // reported these refuted before its enclosures were certified, must still find nothing on its own.
        Assert.IsType<Proved>(Decide(text));
        var claim = Parse(text);
        Assert.Null(WitnessSearch.Find(claim.Left, claim.Right));
    }

    /// <summary>In the fragment and formally non-zero, hence false: the adaptive precision finds the witness.</summary>
    [Theory]
    [InlineData("softmax([a, b, c], 0)*(1 + 1/10^40) == softmax([a, b, c], 0)", 256)]
    [InlineData("softmax([a, b, c], 0)*(1 + 1/10^400) == softmax([a, b, c], 0)", 1400)]
    public void PerturbationByATinyFactorIsRefuted(string text, int leastBits)
    {
        var claim = Parse(text);
        var witness = Assert.IsType<Refuted>(IdentityDecider.Decide(claim)).Witness;
        Assert.True(witness.LeftEnclosure.IsDisjointFrom(witness.RightEnclosure));
        Assert.InRange(witness.PrecisionBits, leastBits, EngineLimits.Default.MaxWitnessPrecisionBits);
        AssertEnclosuresHoldTheSides(claim, witness);

        // Both sides are 0.49123… to 25 digits: the certified digits agree, only the enclosures tell them apart.
        Assert.Equal(witness.Left, witness.Right);
        Assert.Equal(25, witness.Digits);
    }

    [Fact]
    public void ExpOfAnArgumentBeyondTheRangeIsAnsweredWithoutAnException()
    {
        // At x = −1/3, e^(10^400·x) is enclosed in (0, 2^(−2^52)] and e^x ≈ 0.7165: a real witness;
        // points with x > 0 are out of range and skipped.
        var witness = Assert.IsType<Refuted>(Decide("exp(10^400*x) == exp(x)")).Witness;
        Assert.Equal(0, witness.Digits);
        Assert.StartsWith("[0.00E+0, 2^-", witness.Left, StringComparison.Ordinal);
        Assert.IsNotType<Refuted>(Decide("exp(10^400*x^2) == exp(10^400*x^2) * (1 + exp(x) - exp(x))"));
    }

    [Fact]
    public void BelowThePrecisionCapATinyPerturbationIsUnknownWithTheCapInTheReason()
    {
        // 1 + 10^−400 needs about 1,330 bits to be told from 1: at 1024 bits no enclosures separate.
        var unknown = Assert.IsType<Unknown>(IdentityDecider.Decide(
            Parse("softmax([a, b, c], 0)*(1 + 1/10^400) == softmax([a, b, c], 0)"), new EngineLimits(WitnessAttempts: 4, MaxWitnessPrecisionBits: 1024)));
        Assert.Contains("up to 1024 bits", unknown.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExhaustedOperationBudgetStopsTheSearchAndSaysSo()
    {
        var unknown = Assert.IsType<Unknown>(IdentityDecider.Decide(
            Parse("sigmoid(sigmoid(x)) == sigmoid(x)"), new EngineLimits(MaxWitnessOperations: 3)));
        Assert.Contains("too large: more than 3 enclosure operations", unknown.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ATenthDerivativeIsSearchedFromTaylorCoefficientsNotItsSymbolicForm()
    {
        // The symbolic 10th derivative of σ has millions of distinct nodes (minutes to build); its Taylor
        // coefficients at a point cost 11² operations per node of σ.
        var text = "sigmoid(x)";
        for (var i = 0; i < 10; i++)
        {
            text = $"diff({text}, x)";
        }

        var witness = Assert.IsType<Refuted>(Decide($"{text} == sigmoid(x)")).Witness;
        Assert.True(witness.LeftEnclosure.IsDisjointFrom(witness.RightEnclosure));
        Assert.Equal(25, witness.Digits);
    }

    [Fact]
    public void AWitnessShowsOnlyCertifiedDigits()
    {
        var claim = Parse("diff(softmax([z0, z1, z2], 0), z0) == softmax([z0, z1, z2], 0) * (1 + softmax([z0, z1, z2], 0))");
        var witness = Assert.IsType<Refuted>(IdentityDecider.Decide(claim)).Witness;
        Assert.Equal(WitnessSearch.StartPrecisionBits, witness.PrecisionBits);
        Assert.Equal(CertifiedDecimal.Of(witness.LeftEnclosure, WitnessSearch.ShownDigits).Text, witness.Left);
        Assert.Equal(CertifiedDecimal.Of(witness.RightEnclosure, WitnessSearch.ShownDigits).Text, witness.Right);
        AssertEnclosuresHoldTheSides(claim, witness);
    }

    /// <summary>
    /// For true identities E == E' (chosen so the search runs: outside the fragment or over related
    /// logarithms, plus in-fragment ones), (E + 10^k) − 10^k == E' with k up to 1000 is never refuted:
    /// the cancellation of 10^k leaves an enclosure that contains both values. Dropping the radius (round
    /// to nearest instead of outward) makes this fail within a few cases.
    /// </summary>
    [Property(MaxTest = 12, Replay = "20261206,7")]
    public Property CancellingAHugeConstantNeverFakesAWitness(NonNegativeInt choice, NonNegativeInt exponent)
    {
        (string Left, string Right)[] identities =
        [
            ("sigmoid(sigmoid(x))", "1 / (1 + exp(-sigmoid(x)))"),
            ("log(x*y)", "log(x) + log(y)"),
            ("exp(exp(x))", "exp(exp(x))*(2 - 1)"),
            ("log(exp(x) + exp(y))", "logsumexp([x, y])"),
            ("sigmoid(-sigmoid(x))", "1 - sigmoid(sigmoid(x))"),
            ("sigmoid(-x)", "1 - sigmoid(x)"),
        ];
        var (left, right) = identities[choice.Get % identities.Length];
        var k = 1 + (exponent.Get * 97 % 1000);
        var text = $"({left} + 10^{k}) - 10^{k} == {right}";
        var limits = new EngineLimits(WitnessAttempts: 6);
        return (IdentityDecider.Decide(Parse(text), limits) is not Refuted).Label(text);
    }

    // The round-to-nearest evaluator (independent code) at 100 digits more than the enclosures' precision lands inside each.
    private static void AssertEnclosuresHoldTheSides(IdentityClaim claim, Witness witness)
    {
        var point = witness.Point.ToDictionary(p => p.Key, p => p.Value);
        Assert.True(witness.LeftEnclosure.Contains(HighPrecisionEvaluator.Evaluate(claim.Left, point, Digits(witness)).ValueOrThrow()));
        Assert.True(witness.RightEnclosure.Contains(HighPrecisionEvaluator.Evaluate(claim.Right, point, Digits(witness)).ValueOrThrow()));
    }

    private static int Digits(Witness witness) => (witness.PrecisionBits * 3 / 10) + 100;

    private static Verdict Decide(string text) => IdentityDecider.Decide(Parse(text));

    private static IdentityClaim Parse(string text)
    {
        var result = ClaimParser.Parse(text);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return Assert.IsType<IdentityClaim>(result.Value);
    }
}
