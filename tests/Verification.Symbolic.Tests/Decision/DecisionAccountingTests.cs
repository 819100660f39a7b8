using Verification.Symbolic.Canonical;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Parsing;

namespace Verification.Symbolic.Tests.Decision;

/// <summary>
/// What a verdict reports besides its kind: the work a proof took in a context shared by several claims,
/// and how the reason of an Unknown ends (the points tried, the precision reached, or the limit that was hit).
/// </summary>
public class DecisionAccountingTests
{
    private static readonly string[] SharedContextClaims =
    [
        "diff(sigmoid(x), x) == sigmoid(x) * (1 - sigmoid(x))",
        "softmax([z0, z1], 0) == sigmoid(z0 - z1)",
        "exp(a / T) * exp(b / T) == exp((a + b) / T)",
    ];

    [Fact]
    public void InASharedContextTheWorkOfEachProofIsItsOwnShare()
    {
        // A proof's work is what the meter counted during that decision, so the shares of the decisions
        // made in one context add up to the meter's total; the third proof needs the change T = 1/τ.
        var context = new CanonicalContext(null);
        var proofs = SharedContextClaims.Select(text => Assert.IsType<Proved>(IdentityDecider.Decide(Claim(text), context))).ToArray();

        Assert.StartsWith("after the change of variable T = 1/τ", proofs[2].Method, StringComparison.Ordinal);
        Assert.All(proofs, proof => Assert.True(proof.Work > 0, $"work {proof.Work}"));
        Assert.Equal(context.Meter.Work, proofs.Sum(proof => proof.Work));
    }

    [Fact]
    public void ANullContextIsRefusedByName() =>
        Assert.Equal("context", Assert.Throws<ArgumentNullException>(() => IdentityDecider.Decide(Claim("x == x"), (CanonicalContext)null!)).ParamName);

    [Fact]
    public void AnUnseparatedNonZeroFormSaysHowManyPointsAndHowManyBits()
    {
        // e^x and e^x + 10^(−400) differ by about 2^(−1329): invisible at 512 bits.
        var unknown = Assert.IsType<Unknown>(IdentityDecider.Decide(
            Claim("exp(x) == exp(x) + 1/10^400"), new EngineLimits(WitnessAttempts: 2, MaxWitnessPrecisionBits: 512)));
        Assert.StartsWith("left − right is formally non-zero", unknown.Reason, StringComparison.Ordinal);
        Assert.EndsWith("at none of 2 points tried are the two sides' enclosures disjoint (up to 512 bits)", unknown.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnseparatedFormOverLogarithmsSaysHowManyPoints()
    {
        // log(1 + e^(−10^400)) > 0 but no enclosure within 512 bits tells it from 0.
        var unknown = Assert.IsType<Unknown>(IdentityDecider.Decide(
            Claim("softplus(-10^400) == 0"), new EngineLimits(WitnessAttempts: 2, MaxWitnessPrecisionBits: 512)));
        Assert.StartsWith("left − right is formally non-zero over logarithm atoms", unknown.Reason, StringComparison.Ordinal);
        Assert.EndsWith("; no separating point among 2 tried", unknown.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AWorkLimitReasonEndsWithTheLimitItHit()
    {
        // (1 + x)^20 needs exponent 20 > MaxPower 10; the search finds no point (the sides are equal), and the
        // reason is the limit alone, naming the setting to raise.
        var unknown = Assert.IsType<Unknown>(IdentityDecider.Decide(
            Claim("(1 + x)^20 == (1 + x)^20 + 0 * x"), new EngineLimits(MaxPower: 10, WitnessAttempts: 2)));
        Assert.StartsWith("too large: exponent 20 exceeds 10", unknown.Reason, StringComparison.Ordinal);
        Assert.EndsWith("(EngineLimits.MaxPower)", unknown.Reason, StringComparison.Ordinal);
    }

    private static IdentityClaim Claim(string text)
    {
        var result = ClaimParser.Parse(text);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return Assert.IsType<IdentityClaim>(result.Value);
    }
}
