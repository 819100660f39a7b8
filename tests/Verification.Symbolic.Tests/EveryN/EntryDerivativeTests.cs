using System.Collections.Immutable;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.EveryN;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;

namespace Verification.Symbolic.Tests.EveryN;

/// <summary>Derivatives at general n: by a scalar, by an entry at a symbolic position, through powers and sums.</summary>
public class EntryDerivativeTests(ITestOutputHelper output)
{
    /// <summary>
    /// The temperature derivative: ∂/∂t [t·z_i − log Σ_k e^{t·z_k}] = z_i − Σ_k s_k(tz)·z_k, the mean of z
    /// under the tempered softmax; with the mean added instead of subtracted it is false (n = 1: z₀ + z₀ ≠ 0).
    /// </summary>
    [Theory]
    [InlineData("for all n >= 1, i in 0..n-1: diff(log_softmax(z * t, i), t) == z[i] - sum(k in 0..n-1: softmax(z * t, k) * z[k])", true)]
    [InlineData("for all n >= 1, i in 0..n-1: diff(log_softmax(z * t, i), t) == z[i] + sum(k in 0..n-1: softmax(z * t, k) * z[k])", false)]
    [InlineData("for all n >= 1, j in 0..n-1: diff(sum(k in 0..n-1: z[k]^3), z[j]) == 3 * z[j]^2", true)]
    [InlineData("for all n >= 1, j in 0..n-1: diff(sum(k in 0..n-1: z[k]^3), z[j]) == 3 * z[j]^3", false)]
    public void DerivativesByAScalarAndThroughPowersAreTaken(string text, bool holds)
    {
        var decision = GeneralDeciderTests.Decide(text);
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        Assert.IsType(holds ? typeof(Proved) : typeof(Refuted), decision.Verdict);
    }

    /// <summary>
    /// ∂/∂z_k Σ_k z_k² = 2z_k with the free index and the summation index both named k (a claim built in code,
    /// which the parser would not accept): the sum's k is bound, so it must be renamed apart before the
    /// derivative, or ∂z_k/∂z_k = 1 would be taken inside the sum and give 2·Σ z.
    /// </summary>
    [Fact]
    public void ASummationIndexNamedLikeTheVariableIsRenamedApart()
    {
        var n = new IndexFromEnd("n", 1);
        var k = new IndexVariable("k");
        var sumOfSquares = new IndexedSum("k", new IndexConstant(0), n, new Power(new Entry("z", k), 2));
        var claim = new GeneralClaim("n", 1, ["k"], new IdentityClaim(new EntryDerivative(sumOfSquares, new Entry("z", k)), new Multiply(2, new Entry("z", k))), []);
        var decision = GeneralDecider.Decide(claim);
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        Assert.IsType<Proved>(decision.Verdict);
        Assert.Equal(ImmutableArray<int>.Empty, decision.Instances);
    }
}
