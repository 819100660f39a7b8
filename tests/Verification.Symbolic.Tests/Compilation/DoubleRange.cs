using Fractions;
using Verification.Symbolic.Calculus;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Compilation;

/// <summary>
/// Whether double arithmetic can represent every intermediate of a compiled expression. A compiled
/// expression is a faithful double evaluation of the tree it is given: where an intermediate lies
/// beyond the double range (e^1545 inside exp(a)/(exp(a) + exp(b)), which the derivative of
/// logsumexp through its definition contains), the double result is ∞ or NaN although the value is
/// finite. Only such mismatches are excused by the properties; any other mismatch fails them.
/// </summary>
internal static class DoubleRange
{
    private static readonly HighPrecisionReal Largest = HighPrecisionReal.FromFraction(new Fraction(1e300), 64);
    private static readonly HighPrecisionReal Smallest = HighPrecisionReal.FromFraction(new Fraction(1e-290), 64);

    /// <summary>True when some node of the tree that is compiled (Derivative nodes differentiated) has an exact value beyond [1e−290, 1e300] in magnitude.</summary>
    public static bool HasIntermediateBeyond(Expr expression, IReadOnlyDictionary<string, Fraction> point)
    {
        if (expression is Derivative derivative)
        {
            return HasIntermediateBeyond(Differentiator.Differentiate(derivative.Body, derivative.Variable), point);
        }

        var value = HighPrecisionEvaluator.Evaluate(expression, point, 20).ValueOrThrow();
        var magnitude = HighPrecisionReal.Abs(value);
        return magnitude > Largest
            || (!value.IsZero && magnitude < Smallest)
            || ExprTraversal.Children(expression).Any(child => HasIntermediateBeyond(child, point));
    }
}
