using System.Collections.Immutable;
using Fractions;
using Verification.Symbolic.Canonical;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Decision;

/// <summary>
/// Looks for a point where two expressions provably differ: a point is a witness only when the
/// enclosures of the two sides there (<see cref="EnclosureEvaluator"/>) are disjoint.
/// </summary>
/// <remarks>
/// <para><b>Guarantee.</b> Each enclosure contains the exact value of its side at the exact rational
/// point, so disjoint enclosures prove the sides differ there: a witness is a proof, whatever
/// cancellation the expressions contain. The values shown carry only digits both ends of the
/// enclosure round to (<see cref="CertifiedDecimal"/>).</para>
/// <para><b>Search.</b> Points are exact small rationals from a fixed-seed generator, so a witness is
/// reproducible and can be re-checked by any other system. Every point is first tried at
/// <see cref="StartPrecisionBits"/>; where the enclosures overlap (or a divisor's or log argument's
/// enclosure is not certainly non-zero or positive) the precision is then doubled up to
/// <see cref="EngineLimits.MaxWitnessPrecisionBits"/> at the first <see cref="EscalatedPoints"/> such points,
/// or at all of them when the caller knows the sides differ as functions. A point where a side is
/// undefined or out of range (exp of an argument ≥ 2^52) is skipped. All evaluations together spend at
/// most <see cref="EngineLimits.MaxWitnessOperations"/>; past it the search gives up (no witness).</para>
/// </remarks>
public static class WitnessSearch
{
    /// <summary>The precision every point is tried at first: 256 bits, about 77 decimal digits.</summary>
    public const int StartPrecisionBits = 256;

    /// <summary>Most significant digits shown for each side.</summary>
    public const int ShownDigits = 25;

    /// <summary>Undecided points whose precision is raised when the sides are not known to differ.</summary>
    public const int EscalatedPoints = 3;

    private static readonly Fraction[] Values =
    [
        new(1, 2), new(-1, 3), new(2, 3), new(-3, 2), new(5, 4), new(-2), new(3, 5), new(7, 3),
        new(-5, 7), new(2), new(-1, 5), new(3), new(1, 7), new(-4, 3), new(1), new(-1), new(0),
    ];

    private enum Outcome
    {
        Separated,
        Undecided,
        Hopeless,
    }

    /// <summary>
    /// A point with disjoint enclosures of the two sides, or null when none is found within the limits.
    /// </summary>
    /// <param name="left">Left side.</param>
    /// <param name="right">Right side.</param>
    /// <param name="limits">Points to try (<see cref="EngineLimits.WitnessAttempts"/>), precision cap and operation budget.</param>
    /// <param name="sidesDiffer">
    /// True when the sides are known to differ as functions (a formally non-zero difference in the
    /// fragment), so that raising the precision at every undecided point is worth its cost.
    /// </param>
    /// <param name="seed">Seed of the point generator.</param>
    public static Witness? Find(Expr left, Expr right, EngineLimits? limits = null, bool sidesDiffer = false, int seed = 20261124)
    {
        limits ??= EngineLimits.Default;
        return Find(left, right, limits, sidesDiffer, new EvaluationBudget(limits.MaxWitnessOperations), seed);
    }

    /// <summary>As <see cref="Find(Expr, Expr, EngineLimits?, bool, int)"/>, charging the caller's budget (which tells afterwards whether it ran out).</summary>
    internal static Witness? Find(Expr left, Expr right, EngineLimits limits, bool sidesDiffer, EvaluationBudget budget, int seed = 20261124)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(budget);
        (Expr Left, Expr Right) sides;
        try
        {
            sides = (EnclosureEvaluator.ExpandDerivatives(left, limits.MaxNodes), EnclosureEvaluator.ExpandDerivatives(right, limits.MaxNodes));
        }
        catch (WorkLimitExceededException e)
        {
            budget.Stop(e.Message);
            return null;
        }

        var cap = Math.Max(8, limits.MaxWitnessPrecisionBits);
        var start = Math.Min(StartPrecisionBits, cap);
        var undecided = new List<ImmutableSortedDictionary<string, Fraction>>();
        foreach (var point in Points(ExprTraversal.FreeSymbolNames(left, right), limits.WitnessAttempts, seed))
        {
            budget.CountPoint();
            var (outcome, witness) = Try(sides, point, start, budget);
            if (witness is not null || budget.IsExhausted)
            {
                return witness;
            }

            if (outcome == Outcome.Undecided)
            {
                undecided.Add(point);
            }
        }

        foreach (var point in undecided.Take(sidesDiffer ? int.MaxValue : EscalatedPoints))
        {
            for (var bits = Math.Min(2 * start, cap); bits > start; bits = bits == cap ? 0 : Math.Min(2 * bits, cap))
            {
                var (outcome, witness) = Try(sides, point, bits, budget);
                if (witness is not null || budget.IsExhausted)
                {
                    return witness;
                }

                if (outcome == Outcome.Hopeless)
                {
                    break;
                }
            }
        }

        return null;
    }

    // The first points avoid 0 and ±1, where claims like softmax([x0, x1])₀ = σ(x0) happen to hold.
    private static IEnumerable<ImmutableSortedDictionary<string, Fraction>> Points(IReadOnlyList<string> symbols, int attempts, int seed)
    {
        var random = new Random(seed);
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            var pool = attempt < attempts / 2 ? Values.Length - 3 : Values.Length;
            yield return symbols.ToImmutableSortedDictionary(s => s, _ => Values[random.Next(pool)], StringComparer.Ordinal);
        }
    }

    private static (Outcome Outcome, Witness? Witness) Try(
        (Expr Left, Expr Right) sides, ImmutableSortedDictionary<string, Fraction> point, int bits, EvaluationBudget budget)
    {
        var left = EnclosureEvaluator.Evaluate(sides.Left, point, bits, budget);
        if (left is NotEnclosed leftFailure)
        {
            return (leftFailure.MorePrecisionMayHelp ? Outcome.Undecided : Outcome.Hopeless, null);
        }

        var right = EnclosureEvaluator.Evaluate(sides.Right, point, bits, budget);
        if (right is NotEnclosed rightFailure)
        {
            return (rightFailure.MorePrecisionMayHelp ? Outcome.Undecided : Outcome.Hopeless, null);
        }

        var (leftValue, rightValue) = (((Enclosed)left).Value, ((Enclosed)right).Value);
        if (!leftValue.IsDisjointFrom(rightValue))
        {
            return (Outcome.Undecided, null);
        }

        var leftText = CertifiedDecimal.Of(leftValue, ShownDigits);
        var rightText = CertifiedDecimal.Of(rightValue, ShownDigits);
        return (Outcome.Separated, new Witness(point, leftText.Text, rightText.Text, Math.Min(leftText.Digits, rightText.Digits), leftValue, rightValue, bits));
    }
}
