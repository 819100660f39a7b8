using Verification.Symbolic.Decision;

namespace Verification.Symbolic.Tests.EveryN;

/// <summary>
/// A sum over a fixed range is exactly the entries in it, written out by hand on the other side: every
/// position from the first to the last (inclusive), no more, and no unnamed rest.
/// </summary>
public class FixedRangeSumTermsTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("for all n >= 3: sum(k in 1..2: exp(z[k])) == exp(z[1]) + exp(z[2])")]
    [InlineData("for all n >= 4: sum(k in 0..3: z[k]) == z[0] + z[1] + z[2] + z[3]")]
    [InlineData("for all n >= 2: sum(k in n-2..n-1: exp(z[k])) == exp(z[n-2]) + exp(z[n-1])")]
    [InlineData("for all n >= 3: sum(k in n-3..n-1: z[k]) == z[n-3] + z[n-2] + z[n-1]")]
    public void AFixedRangeSumIsProvedEqualToItsEntriesWrittenOut(string text)
    {
        var decision = GeneralDeciderTests.Decide(text);
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        Assert.IsType<Proved>(decision.Verdict);
        Assert.Equal("every n", Assert.Single(decision.Cases).Case);
    }

    [Fact]
    public void AFixedRangeSumOfTwoEntriesIsNotTheFirstOneAlone()
    {
        // e^{z₁} + e^{z₂} ≠ e^{z₁} (e^{z₂} > 0): a range 1..2 that lost its last position would prove this.
        var decision = GeneralDeciderTests.Decide("for all n >= 3: sum(k in 1..2: exp(z[k])) == exp(z[1])");
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        Assert.IsType<Refuted>(decision.Verdict);
    }

    [Fact]
    public void AFromEndRangeHoldsNoUnnamedPositions()
    {
        // Σ_{k=n−2}^{n−1} e^{z_k} against the same two terms plus Σ_{k=0}^{n−3} e^{z_k} · 0: the sum over the
        // last two positions must not pick up a rest symbol for the positions before them.
        var decision = GeneralDeciderTests.Decide("for all n >= 2: sum(k in n-2..n-1: exp(z[k])) - exp(z[n-2]) - exp(z[n-1]) == 0");
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        Assert.IsType<Proved>(decision.Verdict);
        Assert.Empty(Assert.Single(decision.Cases).RestSums);
    }

    [Fact]
    public void TheCaseOfAnIndexAwayFromTheNamedPositionsSaysSo()
    {
        // ∂/∂z_i Σ_{k ∈ {n−2, n−1}} e^{z_k}: besides i = n − 2 and i = n − 1, the third case is i outside
        // both, described as "i ∉ {…}" with the two positions.
        var decision = GeneralDeciderTests.Decide("for all n >= 2, i in 0..n-1: diff(sum(k in n-2..n-1: exp(z[k])), z[i]) == exp(z[i]) * (delta(i, n-2) + delta(i, n-1))");
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        Assert.Contains(decision.Cases, c => c.Case is "i ∉ {n-2, n-1}" or "i ∉ {n-1, n-2}");
    }

    [Fact]
    public void AFromEndRangeIsWrittenInAscendingPositions()
    {
        // Σ_{k=n−3}^{n−1} z_k reduces to z_{n−3} + z_{n−2} + z_{n−1}, in the order of the positions (the
        // order the claim's right side writes them), so both sides of the reduced claim print alike.
        var decision = GeneralDeciderTests.Decide("for all n >= 3: sum(k in n-3..n-1: z[k]) == z[n-3] + z[n-2] + z[n-1]");
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        var reduced = Assert.Single(decision.Cases).Reduced!;
        Assert.Equal(reduced.Right.ToString(), reduced.Left.ToString());
    }
}
