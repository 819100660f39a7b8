using System.Numerics;
using Fractions;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.EveryN;
using Verification.Symbolic.Parsing;

namespace Verification.Symbolic.Tests.EveryN;

/// <summary>Claims about every length n, decided from claim text as a user types them.</summary>
public class GeneralDeciderTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("for all n >= 1, i, j in 0..n-1: diff(softmax(z, i), z[j]) == softmax(z, i) * (delta(i, j) - softmax(z, j))")]
    [InlineData("for all n >= 1: sum(i in 0..n-1: softmax(z, i)) == 1")]
    [InlineData("for all n >= 1, j in 0..n-1: diff(cross_entropy(z, y), z[j]) == softmax(z, j) - y[j] where sum(k in 0..n-1: y[k]) == 1")]
    [InlineData("for all n >= 1, j in 0..n-1: sum(i in 0..n-1: g[i] * diff(softmax(z, i), z[j])) == softmax(z, j) * (g[j] - sum(i in 0..n-1: softmax(z, i) * g[i]))")]
    [InlineData("for all n >= 1, i in 0..n-1: softmax(z + c, i) == softmax(z, i)")]
    [InlineData("for all n >= 2, i in 0..n-1: log_softmax(z, i) == z[i] - logsumexp(z)")]
    public void IssueExamplesAreProvedForEveryN(string text)
    {
        var decision = Decide(text);
        output.WriteLine(Describe(decision));
        Assert.IsType<Proved>(decision.Verdict);
    }

    /// <summary>
    /// False claims about every n, each a slip people make: a wrong sign, δ on the wrong indices, a sum
    /// over the wrong range, a hypothesis left out, a formula true only for n = 1 or n = 2. Each must
    /// be refuted at a concrete n, and the two sides of the refuting instance, evaluated again here at
    /// the witness point at 200 digits by the round-to-nearest evaluator, must differ.
    /// </summary>
    [Theory]
    [InlineData("for all n >= 1, i, j in 0..n-1: diff(softmax(z, i), z[j]) == softmax(z, i) * (delta(i, j) + softmax(z, j))")]
    [InlineData("for all n >= 1, i, j in 0..n-1: diff(softmax(z, i), z[j]) == softmax(z, i) * (delta(i, 0) - softmax(z, j))")]
    [InlineData("for all n >= 1, i, j in 0..n-1: diff(softmax(z, i), z[j]) == softmax(z, j) * (delta(i, j) - softmax(z, i)) + delta(i, j) * softmax(z, i)")]
    [InlineData("for all n >= 1, i, j in 0..n-1: diff(softmax(z, i), z[j]) == -softmax(z, i) * softmax(z, j)")]
    [InlineData("for all n >= 2: softmax(z, 0) == sigmoid(z[0] - z[1])")]
    [InlineData("for all n >= 2: sum(i in 0..n-2: softmax(z, i)) == 1")]
    [InlineData("for all n >= 1, j in 0..n-1: diff(cross_entropy(z, y), z[j]) == softmax(z, j) - y[j]")]
    [InlineData("for all n >= 1, j in 0..n-1: sum(i in 0..n-1: g[i] * diff(softmax(z, i), z[j])) == softmax(z, j) * (g[j] - sum(i in 0..n-1: g[i]))")]
    [InlineData("for all n >= 1, i in 0..n-1: softmax(z + c, i) == softmax(z, i) * exp(c)")]
    [InlineData("for all n >= 1, i in 0..n-1: log_softmax(z, i) == z[i] - sum(k in 0..n-1: z[k])")]
    [InlineData("for all n >= 1, i in 0..n-1: diff(logsumexp(z), z[i]) == exp(z[i])")]
    [InlineData("for all n >= 1, j in 0..n-1: sum(i in 0..n-1: diff(softmax(z, i), z[j])) == softmax(z, j)")]
    [InlineData("for all n >= 1: sum(k in 0..n-1: exp(2 * z[k])) == sum(k in 0..n-1: exp(z[k]))^2")]
    [InlineData("for all n >= 1: sum(i in 0..n-1: softmax(z, i)^2) == 1")]
    [InlineData("for all n >= 1: softmax(z, n-1) == softmax(z, 0)")]
    [InlineData("for all n >= 1, i in 0..n-1: diff(softmax(z, i), z[i]) == exp(z[i]) * sum(j in 0..n-1: (1 - delta(i, j)) * z[j]) / sum(j in 0..n-1: exp(z[j]))^2")]
    [InlineData("for all n >= 1, j in 0..n-1: sum(i in 0..n-1: z[i] * delta(i, j)) == z[0]")]
    public void FalseClaimsAreRefutedAtAConcreteN(string text)
    {
        var decision = Decide(text);
        output.WriteLine(Describe(decision));
        var refuted = Assert.IsType<Refuted>(decision.Verdict);
        var counterexample = Assert.IsType<GeneralCounterexample>(decision.Counterexample);
        var point = refuted.Witness.Point;
        const int digits = 200;
        var left = Assert.IsType<Defined>(HighPrecisionEvaluator.Evaluate(counterexample.Instance.Left, point, digits)).Value;
        var right = Assert.IsType<Defined>(HighPrecisionEvaluator.Evaluate(counterexample.Instance.Right, point, digits)).Value;
        var difference = HighPrecisionReal.Abs(left - right);
        var scale = HighPrecisionReal.Max(HighPrecisionReal.One(left.PrecisionBits), HighPrecisionReal.Max(HighPrecisionReal.Abs(left), HighPrecisionReal.Abs(right)));
        Assert.True(difference.CompareTo(scale * HighPrecisionReal.FromFraction(new Fraction(1, BigInteger.Pow(10, 20)), left.PrecisionBits)) > 0,
            $"at n = {counterexample.Size} the sides agree to 20 digits: {left} and {right}");
    }

    /// <summary>True claims the argument cannot settle (logarithm atoms, a nested σ) and a false one whose hypothesis no instance can use: Unknown, never Proved or Refuted.</summary>
    [Theory]
    [InlineData("for all n >= 1, i in 0..n-1: log_softmax(z, i) == log(softmax(z, i))", "logarithm atoms")]
    [InlineData("for all n >= 1, i in 0..n-1: sigmoid(sigmoid(z[i])) == 1 / (1 + exp(-sigmoid(z[i])))", "outside the decidable fragment")]
    [InlineData("for all n >= 1, j in 0..n-1: diff(cross_entropy(z, y), z[j]) == softmax(z, j) - y[j] where sum(k in 0..n-1: y[k]^2) == 1", "not affine")]
    public void ClaimsTheArgumentCannotSettleAreUnknown(string text, string reason)
    {
        var decision = Decide(text);
        output.WriteLine(Describe(decision));
        var unknown = Assert.IsType<Unknown>(decision.Verdict);
        Assert.Contains(reason, unknown.Reason, StringComparison.Ordinal);
        Assert.StartsWith("not proved for every n", unknown.Reason, StringComparison.Ordinal);
    }

    /// <summary>Lengths below the point where the fixed positions are distinct are decided as instances.</summary>
    [Fact]
    public void LengthsBelowTheFixedPositionsAreDecidedAsInstances()
    {
        // For n ≥ 2 positions 0 and n − 1 differ (an off-diagonal entry); at n = 1 they coincide and ∂s₀/∂z₀ = s₀(1 − s₀) = 0 ≠ −1.
        var decision = Decide("for all n >= 1: diff(softmax(z, 0), z[n-1]) == -softmax(z, 0) * softmax(z, n-1)");
        Assert.IsType<Refuted>(decision.Verdict);
        Assert.Equal(1, decision.Counterexample!.Size);

        var fromTwo = Decide("for all n >= 2: diff(softmax(z, 0), z[n-1]) == -softmax(z, 0) * softmax(z, n-1)");
        Assert.IsType<Proved>(fromTwo.Verdict);
        Assert.Equal(2, fromTwo.GeneralFrom);
        Assert.Empty(fromTwo.Instances);

        var withDelta = Decide("for all n >= 1: diff(softmax(z, 0), z[n-1]) == softmax(z, 0) * (delta(0, n-1) - softmax(z, n-1))");
        Assert.IsType<Proved>(withDelta.Verdict);
        Assert.Equal([1], withDelta.Instances);
    }

    /// <summary>The argument names entries z_i and instances z3: a scalar spelled that way would silently be the entry, so it is refused.</summary>
    [Theory]
    [InlineData("for all n >= 1, i in 0..n-1: z[i] == z_i", "'z_i' is spelled like an entry of the vector z")]
    [InlineData("for all n >= 1: z[0] == z_0", "'z_0' is spelled like an entry of the vector z")]
    [InlineData("for all n >= 1: softmax(z, 0) == z12", "'z12' is spelled like an entry of the vector z")]
    public void AScalarSpelledLikeAnEntryIsRefused(string text, string error)
    {
        var result = ClaimParser.Parse(text);
        Assert.Contains(error, result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AScalarWhoseNameMerelyStartsLikeAVectorIsAllowed()
    {
        Assert.IsType<Refuted>(Decide("for all n >= 1: z[0] == zeta").Verdict);
    }

    /// <summary>A sum over c..n-d may be empty for small n (it is 0 then): the claim may start below c + d.</summary>
    [Fact]
    public void ASumThatIsEmptyForSmallNIsAllowedAndDecidedThere()
    {
        Assert.IsType<Proved>(Decide("for all n >= 1: softmax(z, 0) + sum(k in 1..n-1: softmax(z, k)) == 1").Verdict);

        // At n = 2 the sum over 3..n-1 is empty, so z0 == z0 + z1 is the counterexample.
        var decision = Decide("for all n >= 1: sum(k in 3..n-1: z[k]) + z[0] == sum(k in 0..n-1: z[k])");
        Assert.IsType<Refuted>(decision.Verdict);
        Assert.Equal(2, decision.Counterexample!.Size);
    }

    internal static GeneralDecision Decide(string text)
    {
        var claim = Assert.IsType<GeneralClaim>(ClaimParser.Parse(text).GetValueOrThrow());
        return GeneralDecider.Decide(claim);
    }

    internal static string Describe(GeneralDecision decision) =>
        $"{decision.Verdict}\n" + string.Join("\n", decision.Cases.Select(c => $"  case {c.Case}: {c.Reduced?.Left} == {c.Reduced?.Right}  [{string.Join(", ", c.RestSums.Select(r => $"{r.Symbol} = Σ {r.Body}"))}] → {c.Verdict}"))
        + (decision.Counterexample is { } x ? $"\n  counterexample n = {x.Size}, {string.Join(", ", x.Indices)}: {x.Instance.Left} == {x.Instance.Right}" : string.Empty);
}
