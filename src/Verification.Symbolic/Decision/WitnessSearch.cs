using System.Collections.Immutable;
using Fractions;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Decision;

/// <summary>
/// Looks for a point where two expressions differ, and accepts one only when the difference is far
/// above the evaluation error and survives a re-evaluation in more precision.
/// </summary>
/// <remarks>
/// Points are exact small rationals drawn from a fixed-seed generator, so a witness is reproducible
/// and can be re-checked by hand or by any other system. Values are computed with
/// <see cref="HighPrecisionEvaluator"/> at <see cref="SearchDigits"/> significant digits (relative
/// error far below 10^-40 for the expressions of the fragment); a candidate counts only if
/// |left − right| &gt; 10^-30·max(1, |left|, |right|) there and again at <see cref="ConfirmDigits"/> digits.
/// </remarks>
public static class WitnessSearch
{
    public const int SearchDigits = 50;
    public const int ConfirmDigits = 100;
    private const int ShownDigits = 25;

    private static readonly Fraction[] Values =
    [
        new(1, 2), new(-1, 3), new(2, 3), new(-3, 2), new(5, 4), new(-2), new(3, 5), new(7, 3),
        new(-5, 7), new(2), new(-1, 5), new(3), new(1, 7), new(-4, 3), new(1), new(-1), new(0),
    ];

    /// <summary>A separating point, or null when none of <paramref name="attempts"/> points separates the sides.</summary>
    public static Witness? Find(Expr left, Expr right, int attempts, int seed = 20261124)
    {
        var symbols = ExprTraversal.FreeSymbolNames(left, right);
        var random = new Random(seed);
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            // The first points avoid 0 and ±1, where claims like softmax([x0, x1])₀ = σ(x0) happen to hold.
            var pool = attempt < attempts / 2 ? Values.Length - 3 : Values.Length;
            var point = symbols.ToImmutableSortedDictionary(s => s, _ => Values[random.Next(pool)], StringComparer.Ordinal);
            if (Separates(left, right, point, SearchDigits) is not null
                && Separates(left, right, point, ConfirmDigits) is { } confirmed)
            {
                return new Witness(point, confirmed.Left.ToString(ShownDigits), confirmed.Right.ToString(ShownDigits), ConfirmDigits);
            }
        }

        return null;
    }

    private static (HighPrecisionReal Left, HighPrecisionReal Right)? Separates(Expr left, Expr right, IReadOnlyDictionary<string, Fraction> point, int digits)
    {
        if (HighPrecisionEvaluator.Evaluate(left, point, digits) is not Defined(var leftValue)
            || HighPrecisionEvaluator.Evaluate(right, point, digits) is not Defined(var rightValue))
        {
            return null;
        }

        var scale = HighPrecisionReal.Max(
            HighPrecisionReal.One(leftValue.PrecisionBits),
            HighPrecisionReal.Max(HighPrecisionReal.Abs(leftValue), HighPrecisionReal.Abs(rightValue)));
        var tolerance = scale * HighPrecisionReal.FromFraction(new Fraction(1, System.Numerics.BigInteger.Pow(10, 30)), leftValue.PrecisionBits);
        return HighPrecisionReal.Abs(leftValue - rightValue).CompareTo(tolerance) > 0 ? (leftValue, rightValue) : null;
    }
}
