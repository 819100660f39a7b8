using Fractions;
using FsCheck.Xunit;
using Verification.Symbolic.Calculus;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Tests.Evaluation;
using Verification.Symbolic.Tests.Generators;

namespace Verification.Symbolic.Tests.Calculus;

/// <summary>
/// Symbolic derivatives of random expressions agree with central finite differences computed in high
/// precision: (f(x + h) − f(x − h)) / 2h with h = 10^−20 at 80 digits. The truncation error is
/// h²·|f'''|/6 ≈ 10^−40·|f'''| and the rounding error about 10^−80·M/h = 10^−60·M (M the largest
/// intermediate magnitude), so a tolerance of 10^−15·(1 + |f'| + |f|) leaves a margin of many orders
/// of magnitude, while any wrong rule (a sign, a missing factor) is off by O(1).
/// </summary>
public class DerivativeProperties
{
    private const int Digits = 80;
    private static readonly Fraction H = new(1, System.Numerics.BigInteger.Pow(10, 20));
    private static readonly HighPrecisionReal Tolerance = HighPrecisionAssert.Real("1e-15");

    private static HighPrecisionReal Evaluate(Expr expression, IReadOnlyDictionary<string, Fraction> point) =>
        HighPrecisionEvaluator.Evaluate(expression, point, Digits).ValueOrThrow();

    private static bool AgreesWithCentralDifference(PointedExpression sample, Symbol variable)
    {
        var point = sample.Point;
        var derivative = Evaluate(Differentiator.Differentiate(sample.Expression, variable), point);
        var value = Evaluate(sample.Expression, point);
        var ahead = Evaluate(sample.Expression, point.SetItem(variable.Name, point[variable.Name] + H));
        var behind = Evaluate(sample.Expression, point.SetItem(variable.Name, point[variable.Name] - H));
        var twoH = HighPrecisionReal.FromFraction(2 * H, ahead.PrecisionBits);
        var centralDifference = (ahead - behind) / twoH;

        var one = HighPrecisionReal.One(derivative.PrecisionBits);
        var scale = one + HighPrecisionReal.Abs(derivative) + HighPrecisionReal.Abs(value);
        return HighPrecisionReal.Abs(centralDifference - derivative) <= Tolerance * scale;
    }

    [Property(Arbitrary = [typeof(PointedExpressionArbitraries)], MaxTest = 250, Replay = "(1234567,7654321)")]
    public bool PartialDerivativeInXMatchesFiniteDifferences(PointedExpression sample) =>
        AgreesWithCentralDifference(sample, DefinedExpressions.X);

    [Property(Arbitrary = [typeof(PointedExpressionArbitraries)], MaxTest = 250, Replay = "(7777777,3333333)")]
    public bool PartialDerivativeInYMatchesFiniteDifferences(PointedExpression sample) =>
        AgreesWithCentralDifference(sample, DefinedExpressions.Y);

    [Property(Arbitrary = [typeof(PointedExpressionArbitraries)], MaxTest = 200, Replay = "(2468,1357)")]
    public bool DerivativesNeverContainDerivativeNodes(PointedExpression sample) =>
        !ExprQueries.ContainsNode<Derivative>(Differentiator.Differentiate(sample.Expression, DefinedExpressions.X));

    // The stable evaluation of a named function and the evaluation of its elementary definition agree.
    [Property(Arbitrary = [typeof(PointedExpressionArbitraries)], MaxTest = 200, Replay = "(97531,86421)")]
    public bool ExpandingDefinitionsPreservesValues(PointedExpression sample)
    {
        var direct = Evaluate(sample.Expression, sample.Point);
        var expanded = Evaluate(Definitions.Expand(sample.Expression), sample.Point);
        var scale = HighPrecisionReal.One(direct.PrecisionBits) + HighPrecisionReal.Abs(direct);
        return HighPrecisionAssert.ErrorAtMost(1, 130, scale, direct, expanded);
    }
}
