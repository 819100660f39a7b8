using System.Collections.Immutable;
using System.Numerics;
using Fractions;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;
using Verification.Symbolic.Parsing;

namespace Verification.Symbolic.Tests.EveryN;

/// <summary>
/// What a rest sum stands for (<c>RestSum.Body</c>, the term summed over the unnamed positions) is the
/// term itself, written back from its canonical form: evaluated with the summation index's entry at
/// z = 1/2, it has the value of the term as the claim writes it.
/// </summary>
public class RestSumBodyTests(ITestOutputHelper output)
{
    /// <summary>The entry at the summation index, pinned to 1/2.</summary>
    private static readonly Fraction Half = new(1, 2);

    [Theory]
    [InlineData("for all n >= 1: sum(k in 0..n-1: softplus(z[k])) == sum(k in 0..n-1: log(1 + exp(z[k])))", "log(1 + exp(1/2))")]
    [InlineData("for all n >= 1: sum(k in 0..n-1: sigmoid(-z[k])) == sum(k in 0..n-1: 1 / (1 + exp(z[k])))", "1 / (1 + exp(1/2))")]
    [InlineData("for all n >= 1: sum(k in 0..n-1: z[k] * exp(-z[k]) / (1 + exp(-z[k]))^2) == sum(k in 0..n-1: z[k] * sigmoid(z[k]) * (1 - sigmoid(z[k])))", "1/2 * exp(-1/2) / (1 + exp(-1/2))^2")]
    public void ARestSumStandsForTheTermItSums(string text, string termAtHalf)
    {
        var decision = GeneralDeciderTests.Decide(text);
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        Assert.IsType<Proved>(decision.Verdict);
        var rest = Assert.Single(Assert.Single(decision.Cases).RestSums);
        output.WriteLine(rest.Meaning);

        const int digits = 40;
        var expected = Value(Assert.IsType<IdentityClaim>(ClaimParser.Parse($"{termAtHalf} == 0").GetValueOrThrow()).Left, digits);
        var actual = Value(AtHalf(rest.Body), digits);
        var tolerance = HighPrecisionReal.FromFraction(new Fraction(1, BigInteger.Pow(10, 30)), expected.PrecisionBits);
        Assert.True(HighPrecisionReal.Abs(expected - actual).CompareTo(tolerance) < 0, $"{rest.Meaning}: {actual} at z = 1/2, expected {expected}");
    }

    private static HighPrecisionReal Value(Expr e, int digits) =>
        Assert.IsType<Defined>(HighPrecisionEvaluator.Evaluate(e, ImmutableDictionary<string, Fraction>.Empty, digits)).Value;

    private static Expr AtHalf(Expr e) => e is Entry ? new Constant(Half) : ExprTraversal.MapChildren(e, AtHalf);
}
