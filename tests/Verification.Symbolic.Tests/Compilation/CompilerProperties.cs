using FsCheck.Xunit;
using MathNet.Numerics.Differentiation;
using Verification.Symbolic.Calculus;
using Verification.Symbolic.Compilation;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Tests.Generators;

namespace Verification.Symbolic.Tests.Compilation;

/// <summary>Compiled doubles against the high-precision evaluator, and compiled derivatives against MathNet finite differences.</summary>
public class CompilerProperties
{
    // The points are dyadic (k/8), so the double inputs are exact and any difference is the compiled
    // code's own rounding. Over thousands of random expressions it stays below 1e−13·(1 + |v|);
    // 1e−12 leaves a margin, and a wrong node (a swapped operand, a missing term) is off by O(1).
    private const double CompiledTolerance = 1e-12;

    private static readonly Symbol[] Parameters = [DefinedExpressions.X, DefinedExpressions.Y];

    private static bool MatchesHighPrecision(Expr expression, PointedExpression sample)
    {
        var exact = HighPrecisionEvaluator.Evaluate(expression, sample.Point, 30).ValueOrThrow().ToDouble();
        var compiled = ExprCompiler.Compile(expression, Parameters)(sample.DoublePoint);
        var agrees = double.IsInfinity(exact)
            ? compiled.Equals(exact)
            : Math.Abs(compiled - exact) <= CompiledTolerance * (1 + Math.Abs(exact));
        return agrees || DoubleRange.HasIntermediateBeyond(expression, sample.Point);
    }

    [Property(Arbitrary = [typeof(PointedExpressionArbitraries)], MaxTest = 300, Replay = "(424242,171717)")]
    public bool CompiledValueMatchesHighPrecision(PointedExpression sample) =>
        MatchesHighPrecision(sample.Expression, sample);

    [Property(Arbitrary = [typeof(PointedExpressionArbitraries)], MaxTest = 200, Replay = "(535353,282829)")]
    public bool CompiledDerivativeMatchesHighPrecision(PointedExpression sample) =>
        MatchesHighPrecision(Differentiator.Differentiate(sample.Expression, DefinedExpressions.Y), sample);

    // MathNet's 5-point central difference in doubles (step chosen by MathNet) is good to about 1e−9
    // relative on these small expressions over [−1, 1]; 1e−6·(1 + |f'| + |f|) is the stated tolerance.
    // A mismatch is excused only where an intermediate of f or f' lies beyond the double range.
    [Property(Arbitrary = [typeof(GentlePointedExpressionArbitraries)], MaxTest = 300, Replay = "(646464,393939)")]
    public bool CompiledDerivativeMatchesMathNetFiniteDifferences(PointedExpression sample)
    {
        var function = ExprCompiler.Compile(sample.Expression, Parameters);
        var derivative = ExprCompiler.Compile(Differentiator.Differentiate(sample.Expression, DefinedExpressions.X), Parameters);
        var (x, y) = (sample.DoublePoint[0], sample.DoublePoint[1]);

        var symbolic = derivative([x, y]);
        var value = function([x, y]);
        var numeric = new NumericalDerivative(5, 2).EvaluateDerivative(t => function([t, y]), x, 1);
        return Math.Abs(numeric - symbolic) <= 1e-6 * (1 + Math.Abs(symbolic) + Math.Abs(value))
            || DoubleRange.HasIntermediateBeyond(sample.Expression, sample.Point)
            || DoubleRange.HasIntermediateBeyond(Differentiator.Differentiate(sample.Expression, DefinedExpressions.X), sample.Point);
    }
}
