using Verification.Symbolic.Decision;

namespace Verification.Symbolic.Tests.EveryN;

/// <summary>
/// The symbols that stand for sums over the unnamed positions (R = Σ_{k ∉ named} g(k)): one per distinct
/// k-dependent part, kept apart from the claim's own symbols and from the parts of other vectors.
/// </summary>
public class RestSumTests(ITestOutputHelper output)
{
    /// <summary>Σ_i s_i = Σ_i e^{z_i} / Σ_k e^{z_k}: both sums are the one R = Σ e^{z_k}, so the reduced identity is R/R = 1.</summary>
    [Fact]
    public void EqualSumsBecomeOneSymbolWithItsMeaning()
    {
        var decision = GeneralDeciderTests.Decide("for all n >= 1: sum(i in 0..n-1: softmax(z, i)) == 1");
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        Assert.IsType<Proved>(decision.Verdict);
        var rest = Assert.Single(Assert.Single(decision.Cases).RestSums);
        Assert.Equal("sum over the unnamed k of exp(z[k])", rest.Meaning);
    }

    /// <summary>A scalar of the claim named R_1 is not a rest sum: Σ_k e^{z_k} = R_1 is false (n = 1, z₀ = 0, R_1 = 0), and Σ_k s_k·R_1 = R_1 is true.</summary>
    [Fact]
    public void ARestSumNeverTakesTheNameOfAClaimSymbol()
    {
        var falseClaim = GeneralDeciderTests.Decide("for all n >= 1: sum(k in 0..n-1: exp(z[k])) == R_1");
        output.WriteLine(GeneralDeciderTests.Describe(falseClaim));
        Assert.IsType<Refuted>(falseClaim.Verdict);
        Assert.Equal(1, falseClaim.Counterexample!.Size);

        var trueClaim = GeneralDeciderTests.Decide("for all n >= 1: sum(k in 0..n-1: softmax(z, k)) * R_1 == R_1");
        output.WriteLine(GeneralDeciderTests.Describe(trueClaim));
        Assert.IsType<Proved>(trueClaim.Verdict);
        Assert.All(trueClaim.Cases.SelectMany(c => c.RestSums), r => Assert.NotEqual("R_1", r.Symbol.Name));
    }

    /// <summary>Σ_k y_k z_k and Σ_k z_k² are different sums (at n = 1, y₀z₀ ≠ z₀²): the entries of y and z at k are different symbols.</summary>
    [Fact]
    public void EntriesOfDifferentVectorsAreKeptApart()
    {
        var decision = GeneralDeciderTests.Decide("for all n >= 1: sum(k in 0..n-1: y[k] * z[k]) == sum(k in 0..n-1: z[k] * z[k])");
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        Assert.IsType<Refuted>(decision.Verdict);
        Assert.Equal(1, decision.Counterexample!.Size);
    }

    /// <summary>
    /// σ(−z_k) = 1/(1 + e^{z_k}) has k in its denominator, so the whole term is one rest sum, the same on both
    /// sides; σ(z_k) = 1/(1 + e^{−z_k}) is a different one (at n = 1 they differ unless z₀ = 0).
    /// </summary>
    [Fact]
    public void ASumWithTheIndexInADenominatorIsOneSymbol()
    {
        var decision = GeneralDeciderTests.Decide("for all n >= 1: sum(k in 0..n-1: sigmoid(-z[k])) == sum(k in 0..n-1: 1 / (1 + exp(z[k])))");
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        Assert.IsType<Proved>(decision.Verdict);
        Assert.Single(Assert.Single(decision.Cases).RestSums);

        var slip = GeneralDeciderTests.Decide("for all n >= 1: sum(k in 0..n-1: sigmoid(-z[k])) == sum(k in 0..n-1: 1 / (1 + exp(-z[k])))");
        output.WriteLine(GeneralDeciderTests.Describe(slip));
        Assert.IsType<Refuted>(slip.Verdict);
        Assert.Equal(1, slip.Counterexample!.Size);
    }

    /// <summary>
    /// 2·Σ_k 1/((1 + e^{z_k})(2 + e^{z_k})) = Σ_k 2/((2 + e^{z_k})(1 + e^{z_k})) term by term; the bodies differ by the
    /// factor 2, which comes out of the sum, so both sides are multiples of one symbol. Σ_k 3/(…) is not: at n = 1,
    /// z₀ = 0 the sides are 2/6 and 3/6.
    /// </summary>
    [Fact]
    public void ARationalFactorComesOutOfASumWithTheIndexInADenominator()
    {
        var decision = GeneralDeciderTests.Decide(
            "for all n >= 1: 2*sum(k in 0..n-1: 1/((1+exp(z[k]))*(2+exp(z[k])))) == sum(k in 0..n-1: 2/((2+exp(z[k]))*(1+exp(z[k]))))");
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        Assert.IsType<Proved>(decision.Verdict);
        Assert.Single(Assert.Single(decision.Cases).RestSums);

        var slip = GeneralDeciderTests.Decide(
            "for all n >= 1: 2*sum(k in 0..n-1: 1/((1+exp(z[k]))*(2+exp(z[k])))) == sum(k in 0..n-1: 3/((2+exp(z[k]))*(1+exp(z[k]))))");
        output.WriteLine(GeneralDeciderTests.Describe(slip));
        Assert.IsType<Refuted>(slip.Verdict);
        Assert.Equal(1, slip.Counterexample!.Size);
    }

    /// <summary>Terms outside the fragment (σ of σ) cannot be split into symbols: the true claim is Unknown, with why.</summary>
    [Fact]
    public void ASumOutsideTheFragmentIsNotAbstracted()
    {
        var decision = GeneralDeciderTests.Decide("for all n >= 1: sum(k in 0..n-1: sigmoid(sigmoid(z[k]))) == sum(k in 0..n-1: 1 / (1 + exp(-sigmoid(z[k]))))");
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        var unknown = Assert.IsType<Unknown>(decision.Verdict);
        Assert.StartsWith("not proved for every n: case every n: not abstracted: the terms of a sum over k are outside the fragment", unknown.Reason, StringComparison.Ordinal);
    }
}
