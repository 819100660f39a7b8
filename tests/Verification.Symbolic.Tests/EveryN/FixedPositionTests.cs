using Verification.Symbolic.Decision;

namespace Verification.Symbolic.Tests.EveryN;

/// <summary>
/// The fixed positions a claim mentions (0, 1, n − 2, n − 1, …) and the sums over them: each position is
/// named in the case split, a sum over a fixed range is exactly its named terms, and the claim is argued
/// only from the least n at which the positions are distinct; below it, instances decide.
/// </summary>
public class FixedPositionTests(ITestOutputHelper output)
{
    /// <summary>Σ_{k=1}^{2} s_k = (e^{z₁} + e^{z₂})/Σ_k e^{z_k} (and likewise for the last two positions), and sums written out term by term: a sum over a fixed range is every position from its first to its last, inclusive, and holds no unnamed positions.</summary>
    [Theory]
    [InlineData("for all n >= 3: sum(k in 1..2: softmax(z, k)) == sum(k in 1..2: exp(z[k])) / sum(k in 0..n-1: exp(z[k]))")]
    [InlineData("for all n >= 2: sum(k in n-2..n-1: softmax(z, k)) == sum(k in n-2..n-1: exp(z[k])) / sum(k in 0..n-1: exp(z[k]))")]
    [InlineData("for all n >= 3: sum(k in 1..2: exp(z[k])) == exp(z[1]) + exp(z[2])")]
    [InlineData("for all n >= 4: sum(k in 0..3: z[k]) == z[0] + z[1] + z[2] + z[3]")]
    [InlineData("for all n >= 2: sum(k in n-2..n-1: exp(z[k])) == exp(z[n-2]) + exp(z[n-1])")]
    [InlineData("for all n >= 3: sum(k in n-3..n-1: z[k]) == z[n-3] + z[n-2] + z[n-1]")]
    public void ASumOverFixedPositionsIsItsNamedTerms(string text)
    {
        var decision = GeneralDeciderTests.Decide(text);
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        Assert.IsType<Proved>(decision.Verdict);
        Assert.Equal("every n", Assert.Single(decision.Cases).Case);
    }

    /// <summary>
    /// s₁ + s₂ = 1 − s₀ holds at n = 3 only: at n = 4 the mass of s₃ is missing. A sum over fixed positions
    /// must not be mistaken for the whole sum: the claim is refuted at n = 4, not proved.
    /// </summary>
    [Fact]
    public void AFixedRangeSumIsNotTheWholeSum()
    {
        var decision = GeneralDeciderTests.Decide("for all n >= 3: sum(k in 1..2: softmax(z, k)) == 1 - softmax(z, 0)");
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        Assert.IsType<Refuted>(decision.Verdict);
        Assert.Equal(4, decision.Counterexample!.Size);
    }

    /// <summary>∂/∂z_i Σ_{k ∈ {n−2, n−1}} e^{z_k} = e^{z_i}(δ_{i,n−2} + δ_{i,n−1}): the split is i = n − 2, i = n − 1, or neither, and nothing else.</summary>
    [Fact]
    public void TheCaseSplitNamesExactlyTheLastPositions()
    {
        var decision = GeneralDeciderTests.Decide("for all n >= 2, i in 0..n-1: diff(sum(k in n-2..n-1: exp(z[k])), z[i]) == exp(z[i]) * (delta(i, n-2) + delta(i, n-1))");
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        Assert.IsType<Proved>(decision.Verdict);
        Assert.Equal(3, decision.Cases.Length);
        Assert.Equal(2, decision.GeneralFrom);
        Assert.Contains(decision.Cases, c => c.Case == "n-2 = i");
        Assert.Contains(decision.Cases, c => c.Case == "n-1 = i");
        Assert.Contains(decision.Cases, c => c.Case is "i ∉ {n-2, n-1}" or "i ∉ {n-1, n-2}");
    }

    /// <summary>Eight fixed positions (0..7) are told apart; nine are more than the case split takes, and only the instance at the least n is decided.</summary>
    [Fact]
    public void EightFixedPositionsAreArguedAndNineAreTooMany()
    {
        var eight = GeneralDeciderTests.Decide("for all n >= 8: sum(k in 0..7: softmax(z, k)) == sum(k in 0..7: exp(z[k])) / sum(k in 0..n-1: exp(z[k]))");
        output.WriteLine(GeneralDeciderTests.Describe(eight));
        Assert.IsType<Proved>(eight.Verdict);
        Assert.Equal(8, eight.GeneralFrom);

        var nine = GeneralDeciderTests.Decide("for all n >= 9: sum(k in 0..8: softmax(z, k)) == sum(k in 0..8: exp(z[k])) / sum(k in 0..n-1: exp(z[k]))");
        output.WriteLine(GeneralDeciderTests.Describe(nine));
        var unknown = Assert.IsType<Unknown>(nine.Verdict);
        Assert.Contains("too large: more than 8 fixed positions", unknown.Reason, StringComparison.Ordinal);
        Assert.Contains("every instance with n = 9 is proved", unknown.Reason, StringComparison.Ordinal);
        Assert.Equal([9], nine.Instances);
        Assert.Empty(nine.Cases);
    }

    /// <summary>
    /// ∂s₀/∂z_{n−3} = −s₀·s_{n−3} is an off-diagonal Jacobian entry only while 0 ≠ n − 3: at n = 3 the
    /// positions coincide and ∂s₀/∂z₀ = s₀(1 − s₀) ≠ −s₀². The claim from n = 3 is refuted there; from n = 4 it is proved.
    /// </summary>
    [Fact]
    public void PositionsThatCoincideAtTheLeastNAreDecidedThere()
    {
        var fromThree = GeneralDeciderTests.Decide("for all n >= 3: diff(softmax(z, 0), z[n-3]) == -softmax(z, 0) * softmax(z, n-3)");
        output.WriteLine(GeneralDeciderTests.Describe(fromThree));
        Assert.IsType<Refuted>(fromThree.Verdict);
        Assert.Equal(3, fromThree.Counterexample!.Size);

        var fromFour = GeneralDeciderTests.Decide("for all n >= 4: diff(softmax(z, 0), z[n-3]) == -softmax(z, 0) * softmax(z, n-3)");
        Assert.IsType<Proved>(fromFour.Verdict);
        Assert.Equal(4, fromFour.GeneralFrom);
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
